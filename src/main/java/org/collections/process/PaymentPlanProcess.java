package org.collections.process;

/**
 * Names of {@code processes/PaymentPlanProcess.bpmn}, declared once. A plan case runs per plan of a customer
 * (business key {@code PLAN-<plan id>}); it covers the invoices that asked for it.
 */
public final class PaymentPlanProcess {

    private PaymentPlanProcess() {
    }

    public static final String KEY = "PaymentPlanProcess";
    public static final String BUSINESS_KEY_PREFIX = "PLAN-";

    /** an invoice asks for a plan and none of its customer is negotiated: the plan case starts */
    public static final String MSG_PAYMENT_PLAN_REQUESTED = "PaymentPlanRequested";
    /** every covered invoice is settled: the plan case ends as paid */
    public static final String MSG_PAYMENT_PLAN_SETTLED = "PaymentPlanSettled";
    /** a customer-wide stop took the last covered invoice to a manager: the plan case ends as stopped */
    public static final String MSG_PAYMENT_PLAN_STOPPED = "PaymentPlanStopped";
    /** the last covered invoice left the plan unpaid (a dispute): the plan case ends, nothing is left in it */
    public static final String MSG_PAYMENT_PLAN_ENDED = "PaymentPlanEnded";
    /** an invoice left the agreed plan unpaid (a dispute): the changed instalments are confirmed in writing */
    public static final String MSG_PAYMENT_PLAN_CHANGED = "PaymentPlanChanged";

    public static final String START_PAYMENT_PLAN_REQUESTED = "StartEvent_PaymentPlanRequested";
    public static final String TASK_NEGOTIATE_PAYMENT_PLAN = "Task_NegotiatePaymentPlan";
    public static final String TASK_CONFIRM_PAYMENT_PLAN = "Task_ConfirmPaymentPlan";
    public static final String TASK_PLAN_NEXT_INSTALMENT = "Task_PlanNextInstalment";
    public static final String EVENT_INSTALMENT_REMINDER_DUE = "Event_InstalmentReminderDue";
    public static final String TASK_SEND_INSTALMENT_REMINDER = "Task_SendInstalmentReminder";
    public static final String EVENT_INSTALMENT_DEADLINE_PASSED = "Event_InstalmentDeadlinePassed";
    public static final String TASK_CHECK_INSTALMENT = "Task_CheckInstalment";
    public static final String TASK_CALL_ABOUT_MISSED_INSTALMENT = "Task_CallAboutMissedInstalment";
    public static final String TASK_EXPECT_PAYMENT = "Task_ExpectPayment";
    public static final String TASK_RESCHEDULE_INSTALMENT = "Task_RescheduleInstalment";
    public static final String TASK_DECLARE_PLAN_DEFAULTED = "Task_DeclarePlanDefaulted";
    public static final String TASK_TELL_INVOICES_PLAN_DEFAULTED = "Task_TellInvoicesPlanDefaulted";
    public static final String END_PLAN_DEFAULTED = "EndEvent_PlanDefaulted";
    public static final String SUBPROCESS_PLAN_SETTLED = "SubProcess_PlanSettled";
    public static final String START_PLAN_SETTLED = "StartEvent_PlanSettled";
    public static final String END_PLAN_PAID = "EndEvent_PlanPaid";
    public static final String SUBPROCESS_PLAN_STOPPED = "SubProcess_PlanStopped";
    public static final String START_PLAN_STOPPED = "StartEvent_PlanStopped";
    public static final String END_PLAN_STOPPED = "EndEvent_PlanStopped";
    public static final String SUBPROCESS_PLAN_ENDED = "SubProcess_PlanEnded";
    public static final String START_PLAN_ENDED = "StartEvent_PlanEnded";
    public static final String END_PLAN_ENDED = "EndEvent_PlanEnded";
    /** non-interrupting: the instalments go on, the customer gets the changed plan in writing */
    public static final String SUBPROCESS_PLAN_CHANGED = "SubProcess_PlanChanged";
    public static final String START_PLAN_CHANGED = "StartEvent_PlanChanged";
    public static final String TASK_CONFIRM_CHANGED_PLAN = "Task_ConfirmChangedPlan";
    public static final String END_CHANGED_PLAN_CONFIRMED = "EndEvent_ChangedPlanConfirmed";

    public static String businessKey(long planId) {
        return BUSINESS_KEY_PREFIX + planId;
    }
}
