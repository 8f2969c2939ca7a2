package org.collections.process;

/**
 * Names of {@code processes/InvoiceCallProcess.bpmn}, declared once: an invoice asks its customer's contact case
 * for a call and acts on the outcome that concerns it. The stages of the dunning ladder call it.
 */
public final class InvoiceCallProcess {

    private InvoiceCallProcess() {
    }

    public static final String KEY = "InvoiceCallProcess";

    /** the contact case tells the invoice what the call gave for it */
    public static final String MSG_CALL_OUTCOME = "CallOutcome";

    public static final String TASK_REQUEST_CALL = "Task_RequestCall";
    public static final String EVENT_CALL_OUTCOME = "Event_CallOutcome";
    public static final String TASK_RESEND_INVOICE = "Task_ResendInvoice";

    public static final String EVENT_WEEK_PASSED = "Event_WeekPassed";
    /** the customer promised to pay: the invoice's case leaves its ladder until the promised date plus grace */
    public static final String END_PROMISE_TO_PAY = "EndEvent_PromiseToPay";
    public static final String END_NOTHING_AGREED = "EndEvent_NothingAgreed";
    public static final String END_PAYMENT_REFUSED = "EndEvent_PaymentRefused";
    public static final String END_PAYMENT_PLAN_REQUESTED = "EndEvent_PaymentPlanRequested";
    public static final String END_DISPUTE_RAISED = "EndEvent_DisputeRaised";
}
