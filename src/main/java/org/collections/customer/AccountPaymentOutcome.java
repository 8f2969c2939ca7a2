package org.collections.customer;

/** What a payment to a customer account booked, and whether it was new or a repeat of one already booked. */
public record AccountPaymentOutcome(AccountPaymentView payment, boolean repeated) {
}
