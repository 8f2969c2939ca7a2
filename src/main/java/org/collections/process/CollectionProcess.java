package org.collections.process;

/** Names of {@code processes/CollectionProcess.bpmn}, declared once. */
public final class CollectionProcess {

    private CollectionProcess() {
    }

    public static final String KEY = "CollectionProcess";

    public static final String MSG_INVOICE_REGISTERED = "InvoiceRegistered";
    public static final String MSG_INVOICE_PAID_IN_FULL = "InvoicePaidInFull";
    /** the customer's plan case tells each invoice it covers that the plan defaulted */
    public static final String MSG_PAYMENT_PLAN_DEFAULTED = "PaymentPlanDefaulted";
    // what the invoicing system changes on the invoice (POST /api/invoices/{number}/credit-notes, .../cancellation,
    // PUT .../due-date)
    public static final String MSG_INVOICE_CREDITED = "InvoiceCredited";
    public static final String MSG_INVOICE_CANCELLED = "InvoiceCancelled";
    public static final String MSG_DUE_DATE_CHANGED = "DueDateChanged";
    // a manager's hold (POST/DELETE /api/invoices/{number}/hold, .../customers/{number}/hold) and a dispute raised
    // outside a call (POST /api/invoices/{number}/disputes, Tasklist's "Raise a dispute")
    public static final String MSG_CASE_PUT_ON_HOLD = "CasePutOnHold";
    public static final String MSG_HOLD_LIFTED = "HoldLifted";
    public static final String MSG_DISPUTE_RAISED = "DisputeRaised";
    /** every contact with the customer stopped (POST /api/customers/{number}/stop) */
    public static final String MSG_CUSTOMER_STOPPED = "CustomerStopped";

    public static final String START_INVOICE_ENTERED = "StartEvent_InvoiceEntered";
    public static final String TASK_REGISTER_INVOICE = "Task_RegisterInvoice";
    public static final String TASK_PLAN_SCHEDULE = "Task_PlanSchedule";
    public static final String SUBPROCESS_DUNNING_LADDER = "SubProcess_DunningLadder";

    public static final String EVENT_PRE_DUE_REMINDER_DUE = "Event_PreDueReminderDue";
    public static final String TASK_SEND_PRE_DUE_REMINDER = "Task_SendPreDueReminder";
    public static final String EVENT_DAY1_REACHED = "Event_Day1Reached";
    public static final String TASK_SEND_OVERDUE_REMINDER = "Task_SendOverdueReminder";
    public static final String CALL_ACTIVITY_DAY1_CALL = "CallActivity_Day1Call";
    public static final String EVENT_DAY30_REACHED = "Event_Day30Reached";
    public static final String EVENT_DAY30_REACHED_DURING_CALLS = "Event_Day30ReachedDuringCalls";
    public static final String TASK_APPLY_LATE_FEE = "Task_ApplyLateFee";
    public static final String TASK_SEND_LATE_NOTICE = "Task_SendLateNotice";
    public static final String TASK_NOTIFY_STOP_WORK = "Task_NotifyStopWork";
    public static final String CALL_ACTIVITY_DAY30_CALL = "CallActivity_Day30Call";
    public static final String EVENT_DAY60_REACHED = "Event_Day60Reached";
    public static final String EVENT_DAY60_REACHED_DURING_CALLS = "Event_Day60ReachedDuringCalls";
    public static final String TASK_SEND_FINAL_DEMAND = "Task_SendFinalDemand";
    public static final String EVENT_FINAL_DEMAND_DEADLINE_PASSED = "Event_FinalDemandDeadlinePassed";
    /** an invoice that entered the ladder at day 60 (registered late) still gets a call, until the demand's deadline */
    public static final String CALL_ACTIVITY_DAY60_CALL = "CallActivity_Day60Call";
    public static final String EVENT_DEMAND_DEADLINE_DURING_CALL = "Event_DemandDeadlineDuringCall";

    public static final String TASK_ASSESS_ROUTE = "Task_AssessRoute";
    public static final String TASK_CHOOSE_COLLECTION_ROUTE = "Task_ChooseCollectionRoute";
    public static final String TASK_DECIDE_ROUTE = "Task_DecideRoute";
    public static final String TASK_ASK_FOR_PAYMENT_PLAN = "Task_AskForPaymentPlan";
    /**
     * the case waits in its plan for a default, a dispute that takes it out of the plan to Resolve dispute, or a
     * customer-wide stop that takes it to a manager
     */
    public static final String GATEWAY_IN_PAYMENT_PLAN = "Gateway_InPaymentPlan";
    public static final String EVENT_PAYMENT_PLAN_DEFAULTED = "Event_PaymentPlanDefaulted";
    public static final String EVENT_CUSTOMER_STOPPED_IN_PLAN = "Event_CustomerStoppedInPlan";
    /** a dispute takes the invoice out of its plan (the others' instalments are recomputed) to Resolve dispute */
    public static final String EVENT_DISPUTE_RAISED_IN_PLAN = "Event_DisputeRaisedInPlan";
    public static final String CALL_ACTIVITY_LEGAL_ROUTE = "CallActivity_LegalRoute";

    /** a promise to pay (the call's escalation) or a manager's hold takes the case off its ladder until it ends */
    public static final String EVENT_PROMISE_TO_PAY_GIVEN = "Event_PromiseToPayGiven";
    public static final String EVENT_CASE_PUT_ON_HOLD = "Event_CasePutOnHold";
    public static final String TASK_HOLD_LADDER = "Task_HoldLadder";
    public static final String GATEWAY_ON_HOLD = "Gateway_OnHold";
    public static final String EVENT_HOLD_ENDS = "Event_HoldEnds";
    public static final String EVENT_HOLD_LIFTED = "Event_HoldLifted";
    public static final String EVENT_DISPUTE_RAISED_ON_HOLD = "Event_DisputeRaisedOnHold";
    public static final String TASK_RESUME_LADDER = "Task_ResumeLadder";
    public static final String EVENT_DISPUTE_RAISED_BY_REQUEST = "Event_DisputeRaisedByRequest";
    /** a dispute at the route decision or on the legal route interrupts it: the manager decides again after it */
    public static final String EVENT_DISPUTE_RAISED_AT_ROUTE_DECISION = "Event_DisputeRaisedAtRouteDecision";
    public static final String EVENT_DISPUTE_RAISED_ON_LEGAL_ROUTE = "Event_DisputeRaisedOnLegalRoute";
    /** after a dispute or a stop: back to the ladder (re-planned) or to the legal route, by {@code resumeAt} */
    public static final String GATEWAY_RESUME_CASE = "Gateway_ResumeCase";

    /** a customer-wide stop takes each open case off its ladder (or hold) to a manager */
    public static final String EVENT_CUSTOMER_STOPPED = "Event_CustomerStopped";
    public static final String EVENT_CUSTOMER_STOPPED_ON_HOLD = "Event_CustomerStoppedOnHold";
    public static final String EVENT_CUSTOMER_STOPPED_AT_ROUTE_DECISION = "Event_CustomerStoppedAtRouteDecision";
    public static final String EVENT_CUSTOMER_STOPPED_ON_LEGAL_ROUTE = "Event_CustomerStoppedOnLegalRoute";
    /** a stop interrupts Resolve dispute too; resumed once the stop is lifted, the case goes back to the dispute */
    public static final String EVENT_CUSTOMER_STOPPED_IN_DISPUTE = "Event_CustomerStoppedInDispute";
    public static final String GATEWAY_DISPUTE_STILL_OPEN = "Gateway_DisputeStillOpen";
    public static final String TASK_HANDLE_STOPPED_CUSTOMER = "Task_HandleStoppedCustomer";
    /** where every "Customer stopped" event leads, before Handle stopped customer */
    public static final String GATEWAY_CUSTOMER_STOPPED = "Gateway_CustomerStopped";
    public static final String TASK_WRITE_OFF_STOPPED_INVOICE = "Task_WriteOffStoppedInvoice";
    public static final String END_WRITTEN_OFF_AFTER_STOP = "EndEvent_WrittenOffAfterStop";

    public static final String TASK_RESOLVE_DISPUTE = "Task_ResolveDispute";
    public static final String TASK_APPLY_CREDIT_NOTE = "Task_ApplyCreditNote";
    public static final String TASK_SEND_DISPUTE_OUTCOME = "Task_SendDisputeOutcome";
    public static final String TASK_CANCEL_INVOICE = "Task_CancelInvoice";

    public static final String TASK_SEND_PAYMENT_RECEIPT = "Task_SendPaymentReceipt";
    /** on the dunning ladder, and on Decide route: a new due date takes the case back to re-plan */
    public static final String EVENT_DUE_DATE_CHANGED = "Event_DueDateChanged";
    public static final String EVENT_DUE_DATE_CHANGED_AT_ROUTE_DECISION = "Event_DueDateChangedAtRouteDecision";
    public static final String TASK_RESUME_WORK_AFTER_CREDIT_NOTE = "Task_ResumeWorkAfterCreditNote";
    public static final String TASK_SEND_CANCELLATION_NOTICE = "Task_SendCancellationNotice";
    public static final String TASK_RESUME_WORK_AFTER_INVOICE_CANCELLED = "Task_ResumeWorkAfterInvoiceCancelled";

    public static final String END_INVOICE_PAID = "EndEvent_InvoicePaid";
    public static final String END_INVOICE_CANCELLED = "EndEvent_InvoiceCancelled";
    public static final String END_INVOICE_CREDITED = "EndEvent_InvoiceCredited";
    /** the invoicing system's credit note left nothing to pay (SubProcess_InvoiceCredited) */
    public static final String END_CREDITED_BY_CREDIT_NOTE = "EndEvent_CreditedByCreditNote";
    /** the invoicing system cancelled the invoice (SubProcess_InvoiceCancelled) */
    public static final String END_CANCELLED_IN_INVOICING = "EndEvent_CancelledInInvoicing";
    public static final String END_INVOICE_WRITTEN_OFF = "EndEvent_InvoiceWrittenOff";
    public static final String END_CLAIM_RECOVERED = "EndEvent_ClaimRecovered";
    public static final String END_INVOICE_SOLD = "EndEvent_InvoiceSold";

    /** The stages that call the customer; both call {@link InvoiceCallProcess}. */
    public enum CallStage {
        DAY1(CALL_ACTIVITY_DAY1_CALL),
        DAY30(CALL_ACTIVITY_DAY30_CALL);

        private final String callActivity;

        CallStage(String callActivity) {
            this.callActivity = callActivity;
        }

        public String callActivity() {
            return callActivity;
        }
    }
}
