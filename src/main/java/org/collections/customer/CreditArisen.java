package org.collections.customer;

/**
 * Money from a payment became credit on a customer account: a manager decides whether it is refunded. Published in
 * the transaction that booked the payment, so the decision is asked for exactly when the credit is there.
 */
public record CreditArisen(long refundId, String customerNumber) {
}
