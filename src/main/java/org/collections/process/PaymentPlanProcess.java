package org.collections.process;

/** Names of {@code processes/PaymentPlanProcess.bpmn}, declared once. */
public final class PaymentPlanProcess {

    private PaymentPlanProcess() {
    }

    public static final String KEY = "PaymentPlanProcess";

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
    public static final String END_PLAN_DEFAULTED = "EndEvent_PlanDefaulted";
}
