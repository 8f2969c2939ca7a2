package org.collections.text;

/**
 * The most each text a user can enter may hold: the smaller of the column it is stored in
 * ({@code db/migration}) and, for what a Tasklist form submits, the {@link Texts#MAX_VARIABLE} of a process
 * variable. The services reject anything longer with a field message; the forms' {@code validate.maxLength}
 * and the API's {@code @Size} say the same (a test compares the forms with these).
 */
public final class InputLimits {

    // notes typed in task forms, each a process variable; call notes are kept in call_record.notes (4000) too
    public static final int CALL_NOTES = Texts.MAX_VARIABLE;
    public static final int DISPUTE_NOTES = Texts.MAX_VARIABLE;
    public static final int APPROVAL_NOTES = Texts.MAX_VARIABLE;
    public static final int LEGAL_OUTCOME_NOTES = Texts.MAX_VARIABLE;
    public static final int WRITE_OFF_REASON = Texts.MAX_VARIABLE;
    public static final int STOP_NOTES = Texts.MAX_VARIABLE;
    /** also kept in credit_refund.notes (4000) */
    public static final int REFUND_NOTES = Texts.MAX_VARIABLE;
    /** why an agent matched a payment so; kept whole in bank_entry.note (1000) after what it was booked on */
    public static final int MATCH_NOTES = 500;
    /** the other invoice or customer number a payment is matched to */
    public static final int MATCH_OTHER = 50;
    /** the invoice numbers a call's promise, plan or dispute covers */
    public static final int CALL_INVOICE_LIST = Texts.MAX_VARIABLE;

    // the invoice and its customer (API and start form), as their columns hold them
    /** invoice.number, payment.invoice_number */
    public static final int INVOICE_NUMBER = 50;
    /** the customer's number in the invoicing system; customer.number holds more, for accounts keyed by email */
    public static final int CUSTOMER_NUMBER = 50;
    public static final int CUSTOMER_NAME = 200;
    /** customer_contact.role */
    public static final int CONTACT_ROLE = 100;
    /** besides the main contact; more is a directory, not a collections contact list */
    public static final int CUSTOMER_CONTACTS = 10;
    /** the longest address SMTP allows (RFC 5321 path of 256 less its angle brackets) */
    public static final int CUSTOMER_EMAIL = 254;
    public static final int CUSTOMER_PHONE = 50;
    public static final int CUSTOMER_ADDRESS = 500;
    public static final int CUSTOMER_LOCALE = 10;
    public static final int CUSTOMER_TIME_ZONE = 50;
    /** payment.reference, account_payment.reference */
    public static final int PAYMENT_REFERENCE = 100;
    /** the invoices one payment to a customer account may name */
    public static final int PAYMENT_ALLOCATIONS = 200;
    /** credit_note.reference: the invoicing system's number of the credit note */
    public static final int CREDIT_NOTE_REFERENCE = 100;
    /** credit_note.reason, invoice_cancellation.reason */
    public static final int CHANGE_REASON = 500;
    // held by their format checks (ISO 4217, ISO 3166 alpha-2); declared for the start form
    public static final int CURRENCY = 3;
    public static final int COUNTRY = 2;

    private InputLimits() {
    }
}
