package org.collections.letters;

import java.time.LocalDate;
import org.collections.invoice.Money;

/** What a particular letter says beyond the invoice itself: a deadline, an amount (fee, credit, instalment), a note. */
public record LetterDetails(LocalDate deadline, Money amount, String note) {

    public static LetterDetails none() {
        return new LetterDetails(null, null, null);
    }

    public static LetterDetails deadline(LocalDate deadline) {
        return new LetterDetails(deadline, null, null);
    }
}
