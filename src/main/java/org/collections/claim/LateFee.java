package org.collections.claim;

import java.time.LocalDate;
import org.collections.invoice.Money;

/** One late fee an invoice owes: the n-th, from the day it fell due. */
public record LateFee(int number, LocalDate on, Money amount) {
}
