package org.collections.contact;

/**
 * What an agent reports of a call to a customer, as the Call customer form sends it. {@code callOutcome} is the
 * outcome of the call; the invoice lists (numbers separated by commas or spaces) say which invoices a promise, a
 * payment plan or a dispute covers. The list of the call's own outcome may stay empty: it then covers every invoice
 * of the call that no other list names. {@code callBackAsked} ("true"/"false", empty for false): the customer asked to
 * be called again, so the quiet days after this conversation do not hold the next call.
 */
public record CallReport(String callOutcome, String promisedDate, String promisedInvoices, String planInvoices,
        String disputedInvoices, String callNotes, String callBackAsked) {
}
