package org.collections.process;

/** Names of {@code processes/CustomerContactProcess.bpmn}, declared once. Business key: the customer number. */
public final class CustomerContactProcess {

    private CustomerContactProcess() {
    }

    public static final String KEY = "CustomerContactProcess";

    public static final String MSG_CONTACT_REQUESTED = "ContactRequested";
    public static final String MSG_NO_CALL_NEEDED = "NoCallNeeded";

    public static final String SUBPROCESS_CALL_UNTIL_REACHED = "SubProcess_CallUntilReached";
    public static final String TASK_CHECK_CALL_LIMITS = "Task_CheckCallLimits";
    public static final String EVENT_CALL_ALLOWED = "Event_CallAllowed";
    public static final String TASK_CALL_CUSTOMER = "Task_CallCustomer";
    public static final String TASK_PLAN_NEXT_CALL = "Task_PlanNextCall";
    public static final String EVENT_NEXT_CONTACT_DAY = "Event_NextContactDay";
    public static final String TASK_REPORT_UNREACHABLE = "Task_ReportUnreachable";
    public static final String EVENT_NO_CALL_NEEDED = "Event_NoCallNeeded";
    public static final String TASK_TELL_INVOICES = "Task_TellInvoices";
    public static final String TASK_CONFIRM_PROMISE = "Task_ConfirmPromise";
    public static final String TASK_CLOSE_CONTACT_CASE = "Task_CloseContactCase";
    public static final String END_CONTACT_DONE = "EndEvent_ContactDone";
}
