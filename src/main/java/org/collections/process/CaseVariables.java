package org.collections.process;

/** Every variable of a case, declared once. Form field keys are the same names. */
public final class CaseVariables {

    private CaseVariables() {
    }

    // the case
    public static final ProcessVariable<Long> INVOICE_ID = ProcessVariable.of("invoiceId", Long.class);
    /** task-local: the task missed its deadline and went to the managers as well */
    public static final ProcessVariable<Boolean> ESCALATED = ProcessVariable.of("escalated", Boolean.class);
    /** on invoice cases and contact cases alike, so that Tasklist and Cockpit can filter by customer */
    public static final ProcessVariable<String> CUSTOMER_NUMBER = ProcessVariable.of("customerNumber", String.class);
    public static final ProcessVariable<String> START_STAGE = ProcessVariable.of("startStage", String.class);
    public static final ProcessVariable<Boolean> ONGOING_WORK = ProcessVariable.of("ongoingWork", Boolean.class);
    /**
     * where the case was when a dispute or a customer-wide stop took it to a person ({@code LADDER}, also from the route
     * decision and the payment plan, or {@code LEGAL_ROUTE}): Gateway_ResumeCase takes it back there. Set with the
     * message; a stop that interrupts a dispute keeps the dispute's.
     */
    public static final ProcessVariable<String> RESUME_AT = ProcessVariable.of("resumeAt", String.class);

    // what a manager searches a case by in Cockpit ("Add criteria: Variable"); set when the schedule is planned and
    // kept in step with the invoice (see CaseSearchVariables). Copies for finding a case, never read by a step.
    public static final ProcessVariable<String> INVOICE_NUMBER = ProcessVariable.of("invoiceNumber", String.class);
    public static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);
    /** the invoiced amount, as a number so that Cockpit compares it (=, &gt;, &lt;) */
    public static final ProcessVariable<Double> AMOUNT = ProcessVariable.of("amount", Double.class);
    /** what is still owed, fees included, as a number; follows every payment, credit note and fee */
    public static final ProcessVariable<Double> BALANCE = ProcessVariable.of("balance", Double.class);
    public static final ProcessVariable<String> CURRENCY = ProcessVariable.of("currency", String.class);

    // task-local, on every user task: what a task card in Tasklist shows (the filters' columns) besides the customer
    // name and the invoice numbers
    public static final ProcessVariable<String> TOTAL_OWED = ProcessVariable.of("totalOwed", String.class);
    public static final ProcessVariable<Long> DAYS_OVERDUE = ProcessVariable.of("daysOverdue", Long.class);

    // the schedule: ISO 8601 date-times with offset, the zone made explicit
    public static final ProcessVariable<String> PRE_DUE_REMINDER_AT = ProcessVariable.of("preDueReminderAt", String.class);
    public static final ProcessVariable<String> DAY1_AT = ProcessVariable.of("day1At", String.class);
    public static final ProcessVariable<String> DAY30_AT = ProcessVariable.of("day30At", String.class);
    public static final ProcessVariable<String> DAY60_AT = ProcessVariable.of("day60At", String.class);
    public static final ProcessVariable<String> FINAL_DEMAND_DEADLINE_AT =
            ProcessVariable.of("finalDemandDeadlineAt", String.class);

    // calls
    public static final ProcessVariable<String> CALL_OUTCOME = ProcessVariable.of("callOutcome", String.class);
    public static final ProcessVariable<String> PROMISED_DATE = ProcessVariable.of("promisedDate", String.class);
    public static final ProcessVariable<String> CALL_NOTES = ProcessVariable.of("callNotes", String.class);
    /** read as text: the form sends a boolean, a REST client may send anything, the service validates it */
    public static final ProcessVariable<String> CALL_BACK_ASKED = ProcessVariable.of("callBackAsked", String.class);
    public static final ProcessVariable<Integer> RESEND_ROUND = ProcessVariable.of("resendRound", Integer.class);
    public static final ProcessVariable<String> CALL_AGAIN_AT = ProcessVariable.of("callAgainAt", String.class);
    public static final ProcessVariable<Boolean> CALL_ALLOWED = ProcessVariable.of("callAllowed", Boolean.class);
    public static final ProcessVariable<String> PROMISE_DEADLINE_AT = ProcessVariable.of("promiseDeadlineAt", String.class);
    /** when the running promise to pay or hold ends (its timer), ISO 8601 */
    public static final ProcessVariable<String> HOLD_UNTIL = ProcessVariable.of("holdUntil", String.class);
    /** Task_HandleStoppedCustomer: LEGAL_ROUTE, WRITE_OFF or RESUME (once the stop is lifted), and why */
    public static final ProcessVariable<String> STOP_DECISION = ProcessVariable.of("stopDecision", String.class);
    public static final ProcessVariable<String> STOP_NOTES = ProcessVariable.of("stopNotes", String.class);
    /** Task_HandleStoppedCustomer: the stop interrupted a dispute not yet resolved; resumed, the case goes back to it */
    public static final ProcessVariable<Boolean> DISPUTE_OPEN = ProcessVariable.of("disputeOpen", Boolean.class);
    /** RefundCreditProcess: the credit that arose (credit_refund), a manager's decision REFUND or KEEP, and why */
    public static final ProcessVariable<Long> REFUND_ID = ProcessVariable.of("refundId", Long.class);
    public static final ProcessVariable<String> REFUND_DECISION = ProcessVariable.of("refundDecision", String.class);
    public static final ProcessVariable<String> REFUND_NOTES = ProcessVariable.of("refundNotes", String.class);
    public static final ProcessVariable<String> NEXT_CALL_AT = ProcessVariable.of("nextCallAt", String.class);
    public static final ProcessVariable<Boolean> CALL_ATTEMPTS_LEFT = ProcessVariable.of("callAttemptsLeft", Boolean.class);

    // the contact case: the call task's invoice lists, and what the call gave
    public static final ProcessVariable<String> PROMISED_INVOICES = ProcessVariable.of("promisedInvoices", String.class);
    public static final ProcessVariable<String> PLAN_INVOICES = ProcessVariable.of("planInvoices", String.class);
    public static final ProcessVariable<String> DISPUTED_INVOICES = ProcessVariable.of("disputedInvoices", String.class);
    public static final ProcessVariable<Boolean> PROMISE_MADE = ProcessVariable.of("promiseMade", Boolean.class);
    public static final ProcessVariable<Long> CUSTOMER_CALL_ID = ProcessVariable.of("customerCallId", Long.class);
    public static final ProcessVariable<Boolean> CONTACT_CLOSED = ProcessVariable.of("contactClosed", Boolean.class);
    /** on the contact case: the invoices its call is about, so that Cockpit shows them */
    public static final ProcessVariable<String> INVOICE_NUMBERS = ProcessVariable.of("invoiceNumbers", String.class);

    // route decision (inputs of ChooseCollectionRoute, its result, the manager's choice)
    public static final ProcessVariable<Boolean> CUSTOMER_REACHED = ProcessVariable.of("customerReached", Boolean.class);
    public static final ProcessVariable<Boolean> TOO_MANY_BROKEN_PROMISES =
            ProcessVariable.of("tooManyBrokenPromises", Boolean.class);
    public static final ProcessVariable<Boolean> BELOW_PLAN_MINIMUM = ProcessVariable.of("belowPlanMinimum", Boolean.class);
    public static final ProcessVariable<String> RECOMMENDED_ROUTE = ProcessVariable.of("recommendedRoute", String.class);
    public static final ProcessVariable<String> ROUTE = ProcessVariable.of("route", String.class);

    // disputes
    public static final ProcessVariable<String> DISPUTE_RESOLUTION = ProcessVariable.of("disputeResolution", String.class);
    public static final ProcessVariable<Object> CREDIT_AMOUNT = ProcessVariable.of("creditAmount", Object.class);
    public static final ProcessVariable<String> DISPUTE_NOTES = ProcessVariable.of("disputeNotes", String.class);
    public static final ProcessVariable<Long> DISPUTE_ID = ProcessVariable.of("disputeId", Long.class);
    public static final ProcessVariable<String> CREDIT_NOTE = ProcessVariable.of("creditNote", String.class);
    public static final ProcessVariable<Boolean> BALANCE_SETTLED = ProcessVariable.of("balanceSettled", Boolean.class);

    // payment plan (form fields, and the agreed plan)
    public static final ProcessVariable<Object> INSTALMENT_COUNT = ProcessVariable.of("instalmentCount", Object.class);
    public static final ProcessVariable<Object> INSTALMENT_AMOUNT = ProcessVariable.of("instalmentAmount", Object.class);
    public static final ProcessVariable<String> FIRST_INSTALMENT_DATE =
            ProcessVariable.of("firstInstalmentDate", String.class);
    public static final ProcessVariable<String> INSTALMENT_INTERVAL = ProcessVariable.of("instalmentInterval", String.class);
    public static final ProcessVariable<Long> PLAN_ID = ProcessVariable.of("planId", Long.class);
    public static final ProcessVariable<Long> INSTALMENT_NUMBER = ProcessVariable.of("instalmentNumber", Long.class);
    public static final ProcessVariable<String> INSTALMENT_DUE_DATE = ProcessVariable.of("instalmentDueDate", String.class);
    public static final ProcessVariable<String> INSTALMENT_DUE_AMOUNT =
            ProcessVariable.of("instalmentDueAmount", String.class);
    public static final ProcessVariable<String> INSTALMENT_REMINDER_AT =
            ProcessVariable.of("instalmentReminderAt", String.class);
    public static final ProcessVariable<String> INSTALMENT_DEADLINE_AT =
            ProcessVariable.of("instalmentDeadlineAt", String.class);
    public static final ProcessVariable<Boolean> INSTALMENT_PAID = ProcessVariable.of("instalmentPaid", Boolean.class);
    public static final ProcessVariable<String> INSTALMENT_OUTCOME = ProcessVariable.of("instalmentOutcome", String.class);
    public static final ProcessVariable<String> NEW_DUE_DATE = ProcessVariable.of("newDueDate", String.class);

    // legal route (inputs of ChooseLegalAction, its result, the manager's decision, the outcome)
    public static final ProcessVariable<Boolean> COLLECTION_COSTS_EXCEED_RECOVERY =
            ProcessVariable.of("collectionCostsExceedRecovery", Boolean.class);
    public static final ProcessVariable<Boolean> WITHIN_SMALL_CLAIMS_LIMIT =
            ProcessVariable.of("withinSmallClaimsLimit", Boolean.class);
    public static final ProcessVariable<Boolean> PAST_AGENCY_MINIMUM_AGE =
            ProcessVariable.of("pastAgencyMinimumAge", Boolean.class);
    public static final ProcessVariable<String> CUSTOMER_TYPE = ProcessVariable.of("customerType", String.class);
    public static final ProcessVariable<String> LEGAL_OPTIONS = ProcessVariable.of("legalOptions", String.class);
    public static final ProcessVariable<String> AGENCY_ALLOWED_AT = ProcessVariable.of("agencyAllowedAt", String.class);
    /** the action with the highest expected net recovery; ChooseLegalAction recommends it unless a rule overrides */
    public static final ProcessVariable<String> BEST_ACTION = ProcessVariable.of("bestAction", String.class);
    public static final ProcessVariable<String> RECOMMENDED_ACTION = ProcessVariable.of("recommendedAction", String.class);
    public static final ProcessVariable<String> LEGAL_ACTION = ProcessVariable.of("legalAction", String.class);
    public static final ProcessVariable<Object> APPROVED = ProcessVariable.of("approved", Object.class);
    public static final ProcessVariable<String> APPROVAL_NOTES = ProcessVariable.of("approvalNotes", String.class);
    public static final ProcessVariable<String> WRITE_OFF_REASON = ProcessVariable.of("writeOffReason", String.class);
    /** the deadline a lawyer's demand letter gives the customer */
    public static final ProcessVariable<String> LAWYER_DEADLINE_AT = ProcessVariable.of("lawyerDeadlineAt", String.class);
    public static final ProcessVariable<String> REASSESS_AT = ProcessVariable.of("reassessAt", String.class);
    public static final ProcessVariable<String> DISCOUNT_OFFER_EXPIRES_AT =
            ProcessVariable.of("discountOfferExpiresAt", String.class);
    public static final ProcessVariable<Object> RECOVERED_AMOUNT = ProcessVariable.of("recoveredAmount", Object.class);
    public static final ProcessVariable<String> RECOVERED = ProcessVariable.of("recovered", String.class);
    public static final ProcessVariable<String> LEGAL_OUTCOME_NOTES = ProcessVariable.of("legalOutcomeNotes", String.class);
    public static final ProcessVariable<String> LEGAL_OUTCOME = ProcessVariable.of("legalOutcome", String.class);
}
