package org.collections.invoice;

/**
 * A change the invoice's state does not allow (a closed invoice), or a repeat that is not one (a known reference
 * with other content): 409, with the field to blame when there is one.
 */
public class InvoiceConflictException extends RuntimeException {

    private final String field;
    private final String fieldMessage;
    private final Integer retryAfterSeconds;

    public InvoiceConflictException(String message) {
        this(message, null, null);
    }

    public InvoiceConflictException(String message, String field, String fieldMessage) {
        this(message, field, fieldMessage, null);
    }

    /** A conflict that passes by itself: the answer says when to try again ({@code Retry-After}). */
    public InvoiceConflictException(String message, String field, String fieldMessage, Integer retryAfterSeconds) {
        super(message);
        this.field = field;
        this.fieldMessage = fieldMessage;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String field() {
        return field;
    }

    public String fieldMessage() {
        return fieldMessage;
    }

    /** An invoice no longer collected: nothing the invoicing system sends changes it any more. */
    static InvoiceConflictException closed(Invoice invoice) {
        return new InvoiceConflictException("invoice " + invoice.getNumber() + " is closed as " + invoice.getStatus()
                + "; it cannot be changed any more");
    }
}
