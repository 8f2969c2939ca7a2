package org.collections.process;

/**
 * Names of {@code processes/MatchPaymentProcess.bpmn}, declared once: a payment from the bank that nothing could book
 * with certainty waits in Match payment for an agent, who books it on an invoice or account or marks it not ours.
 * Business key: the payment's own reference ({@code BANK-<id>}).
 */
public final class MatchPaymentProcess {

    private MatchPaymentProcess() {
    }

    public static final String KEY = "MatchPaymentProcess";

    public static final String START_PAYMENT_TO_MATCH = "StartEvent_PaymentToMatch";
    public static final String TASK_MATCH_PAYMENT = "Task_MatchPayment";
    public static final String GATEWAY_MATCH_DECISION = "Gateway_MatchDecision";
    public static final String END_PAYMENT_BOOKED = "EndEvent_PaymentBooked";
    public static final String END_PAYMENT_NOT_OURS = "EndEvent_PaymentNotOurs";

    /** What the agent reads: the payment as the bank reported it, and why it was not booked by itself. */
    public static final ProcessVariable<String> PAYMENT_SUMMARY = ProcessVariable.of("paymentSummary", String.class);
    public static final ProcessVariable<String> MATCH_REASON = ProcessVariable.of("matchReason", String.class);
    /** The likely targets, as the form's choices: a JSON list of {label, value} */
    public static final String MATCH_CANDIDATES = "matchCandidates";
    /** The form's fields */
    public static final ProcessVariable<String> MATCH_TO = ProcessVariable.of("matchTo", String.class);
    public static final ProcessVariable<String> MATCH_OTHER = ProcessVariable.of("matchOther", String.class);
    public static final ProcessVariable<String> MATCH_NOTES = ProcessVariable.of("matchNotes", String.class);
    /** BOOKED or NOT_OURS, set by the task's check once the decision is carried out; read by the gateway */
    public static final ProcessVariable<String> MATCH_DECISION = ProcessVariable.of("matchDecision", String.class);
}
