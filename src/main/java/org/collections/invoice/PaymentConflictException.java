package org.collections.invoice;

/** A payment reference that was already used for a different payment. */
public class PaymentConflictException extends RuntimeException {

    public PaymentConflictException(String message) {
        super(message);
    }
}
