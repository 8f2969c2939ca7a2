package org.collections.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.collections.invoice.Money;

/**
 * What a particular letter says beyond the invoice itself: a deadline, an amount (fee, credit, instalment), a note,
 * and the variant of its texts where the law wants a letter of its own kind (texts under {@code <letter>.<variant>.*},
 * e.g. the Dutch 14-day letter as {@code late-notice.fourteen-day.*}).
 *
 * <p>A note meant for the customer is given as a {@link Note} (a key of {@code letters/messages*.properties} and its
 * arguments), never as finished text: the renderer writes it in the reader's language, with amounts and dates as the
 * reader writes them. {@code note} is kept for text that is the same in every language (a name and address).
 * {@code schedule} lists dated amounts (a payment plan's instalments), written out in the reader's language.
 * {@code mentioned} names invoices beside those the letter is about (see {@link #mentioning}).
 */
public record LetterDetails(LocalDate deadline, Money amount, String note, String variant, Note localNote,
        List<Due> schedule, List<String> mentioned) {

    /** The variant of the texts that makes a late notice or final demand the Dutch 14-day letter. */
    public static final String FOURTEEN_DAY = "fourteen-day";
    /** The step key of a final demand that is the Dutch 14-day letter. */
    public static final String FINAL_DEMAND_FOURTEEN_DAY_STEP = LetterType.FINAL_DEMAND.name() + ":" + FOURTEEN_DAY;
    /** The steps that write the 14-day letter: the late notice, or a final demand that is the 14-day letter. */
    public static final List<String> FOURTEEN_DAY_STEPS = List.of(LetterType.LATE_NOTICE.name(),
            FINAL_DEMAND_FOURTEEN_DAY_STEP);

    public LetterDetails {
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        mentioned = mentioned == null ? List.of() : List.copyOf(mentioned);
    }

    public LetterDetails(LocalDate deadline, Money amount, String note, String variant) {
        this(deadline, amount, note, variant, null, List.of(), List.of());
    }

    public LetterDetails(LocalDate deadline, Money amount, String note) {
        this(deadline, amount, note, null);
    }

    public static LetterDetails none() {
        return new LetterDetails(null, null, null);
    }

    public static LetterDetails deadline(LocalDate deadline) {
        return new LetterDetails(deadline, null, null);
    }

    /**
     * These details with a note written in the reader's language: the text under {@code key} with {@code args}
     * (amounts and dates among them are formatted for the reader).
     */
    public LetterDetails withNote(String key, Object... args) {
        return new LetterDetails(deadline, amount, note, variant, new Note(key, Arrays.asList(args)), schedule,
                mentioned);
    }

    /** These details with dated amounts to list (a payment plan's instalments). */
    public LetterDetails withSchedule(List<Due> dues) {
        return new LetterDetails(deadline, amount, note, variant, localNote, dues, mentioned);
    }

    /**
     * These details naming other invoices than those the letter is about: the ones that left a payment plan, which
     * the letter about the plan's other invoices names ({@code {19}}, how many in {@code {20}}).
     */
    public LetterDetails mentioning(List<String> invoiceNumbers) {
        return new LetterDetails(deadline, amount, note, variant, localNote, schedule, invoiceNumbers);
    }

    /** A text of the letter's note: its key in {@code letters/messages*.properties} and its arguments. */
    public record Note(String key, List<Object> args) {

        public Note {
            // a note may name a value the customer left out (no phone): null stays null
            args = Collections.unmodifiableList(new ArrayList<>(args));
        }
    }

    /** An amount due on a date. */
    public record Due(LocalDate date, Money amount) {
    }
}
