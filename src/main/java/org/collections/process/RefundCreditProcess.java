package org.collections.process;

/**
 * Names of {@code processes/RefundCreditProcess.bpmn}, declared once: money from a payment became credit on a customer
 * account (an over-payment, a payment for a closed invoice, an account payment beyond the open invoices), and a
 * manager refunds it or keeps it for the customer's next invoice. Business key: the customer number.
 */
public final class RefundCreditProcess {

    private RefundCreditProcess() {
    }

    public static final String KEY = "RefundCreditProcess";

    public static final String MSG_CREDIT_ARISEN = "CreditArisen";

    public static final String START_CREDIT_ARISEN = "StartEvent_CreditArisen";
    public static final String TASK_DECIDE_REFUND = "Task_DecideRefund";
    public static final String EVENT_DECIDE_REFUND_OVERDUE = "Event_DecideRefundOverdue";
    public static final String TASK_ESCALATE_DECIDE_REFUND = "Task_EscalateDecideRefund";
    public static final String END_DECIDE_REFUND_ESCALATED = "EndEvent_DecideRefundEscalated";
    public static final String GATEWAY_REFUND_DECISION = "Gateway_RefundDecision";
    public static final String TASK_RECORD_REFUND = "Task_RecordRefund";
    public static final String TASK_USE_CREDIT_FOR_OPEN_INVOICES = "Task_UseCreditForOpenInvoices";
    public static final String END_CREDIT_REFUNDED = "EndEvent_CreditRefunded";
    public static final String END_CREDIT_KEPT = "EndEvent_CreditKept";
}
