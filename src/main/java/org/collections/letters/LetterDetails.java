package org.collections.letters;

import java.time.LocalDate;
import org.collections.invoice.Money;

/**
 * What a particular letter says beyond the invoice itself: a deadline, an amount (fee, credit, instalment), a note,
 * and the variant of its texts where the law wants a letter of its own kind (texts under {@code <letter>.<variant>.*},
 * e.g. the Dutch 14-day letter as {@code late-notice.fourteen-day.*}).
 */
public record LetterDetails(LocalDate deadline, Money amount, String note, String variant) {

    /** The variant of the texts that makes a late notice or final demand the Dutch 14-day letter. */
    public static final String FOURTEEN_DAY = "fourteen-day";

    public LetterDetails(LocalDate deadline, Money amount, String note) {
        this(deadline, amount, note, null);
    }

    public static LetterDetails none() {
        return new LetterDetails(null, null, null);
    }

    public static LetterDetails deadline(LocalDate deadline) {
        return new LetterDetails(deadline, null, null);
    }
}
