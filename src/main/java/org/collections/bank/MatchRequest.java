package org.collections.bank;

/**
 * The Match payment form: {@code matchTo} is a candidate's value ({@code INVOICE:<number>}, {@code ACCOUNT:<number>}),
 * {@code OTHER} with an invoice or customer number in {@code matchOther}, or {@code NOT_OURS}; {@code matchNotes} why.
 */
public record MatchRequest(String matchTo, String matchOther, String matchNotes) {

    public static final String OTHER = "OTHER";
    public static final String NOT_OURS = "NOT_OURS";
}
