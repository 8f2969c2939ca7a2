package org.collections.jurisdiction;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an interest statement: {@code days} days from {@code from} at one rate on one base. */
public record InterestLine(LocalDate from, LocalDate until, long days, BigDecimal percent, BigDecimal base,
        BigDecimal amount) {
}
