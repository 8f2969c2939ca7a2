package org.collections.process;

import java.util.List;

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

    /**
     * The call form's answers besides the outcome. They land on the contact case when the call is recorded and are
     * removed at once, so the next attempt's form opens empty; only {@code callOutcome} is mapped on the task, since
     * the flows after it read it.
     */
    public static final List<String> CALL_FORM_ANSWERS = List.of(CaseVariables.PROMISED_DATE.name(),
            CaseVariables.PROMISED_INVOICES.name(), CaseVariables.PLAN_INVOICES.name(),
            CaseVariables.DISPUTED_INVOICES.name(), CaseVariables.CALL_NOTES.name(),
            CaseVariables.CALL_BACK_ASKED.name());
}
