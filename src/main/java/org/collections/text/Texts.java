package org.collections.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Composed text that has to fit where it is kept: a column, or a process variable. Lengths count UTF-16 chars,
 * as Java, H2 and the browser's {@code maxLength} do; PostgreSQL counts code points, of which there are never more.
 */
public final class Texts {

    /** Camunda keeps a String variable in {@code ACT_RU_VARIABLE.TEXT_}, a varchar(4000). */
    public static final int MAX_VARIABLE = 4000;

    static final String ELLIPSIS = "…";

    /** What CommonMark lets a backslash escape: all of ASCII's punctuation. */
    private static final String MARKDOWN_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private Texts() {
    }

    /**
     * Whether a text says nothing: null, or only white space, including the kinds {@link String#isBlank()} misses
     * (a no-break space, a zero-width space), which a form can send as a reason that reads as none.
     */
    public static boolean saysNothing(String text) {
        return text == null || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /**
     * The text as it is when it fits, else its start with an ellipsis, {@code max} chars in all. A cut never
     * separates the two halves of a surrogate pair: a lone half is no character and some databases refuse it.
     */
    public static String fit(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /**
     * A text shown as it is where Markdown is rendered (the text component of a Camunda Form: marked, with GitHub's
     * autolinks and line breaks): every ASCII punctuation character is escaped and line breaks become spaces. Text from
     * outside, such as the payer's name and remittance text of a bank transfer, which anyone who sends money writes,
     * then shows as typed in Tasklist, never as a link, an image loaded from elsewhere, or a line that looks like ours.
     */
    public static String markdownLiteral(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder literal = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                literal.append(' ');
            } else if (c < 128 && MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                literal.append('\\').append(c);
            } else {
                literal.append(c);
            }
        }
        return literal.toString();
    }

    /**
     * Joins entries given oldest first. When they do not all fit, the newest that do are kept, in their order, after
     * a line from {@code omitted} saying how many earlier ones were left out; a newest entry too long on its own is
     * cut. The result is at most {@code max} chars, for any number of entries of any length.
     */
    public static String joinNewest(List<String> entries, String separator, int max, IntFunction<String> omitted) {
        String all = String.join(separator, entries);
        if (all.length() <= max || entries.size() == 1) {
            return fit(all, max);
        }
        // room for the longest marker the count can give, so the marker never pushes the result over
        int room = max - omitted.apply(entries.size()).length() - separator.length();
        Deque<String> kept = new ArrayDeque<>();
        int used = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            String entry = entries.get(i);
            int needed = entry.length() + (kept.isEmpty() ? 0 : separator.length());
            if (used + needed > room) {
                if (kept.isEmpty() && room > 0) {
                    kept.addFirst(fit(entry, room));
                }
                break;
            }
            kept.addFirst(entry);
            used += needed;
        }
        int left = entries.size() - kept.size();
        String shown = String.join(separator, kept);
        String marker = left == 0 ? "" : omitted.apply(left);
        return fit(left == 0 ? shown : kept.isEmpty() ? marker : marker + separator + shown, max);
    }
}
