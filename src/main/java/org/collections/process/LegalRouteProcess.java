package org.collections.process;

/** Names of {@code processes/LegalRouteProcess.bpmn}, declared once. */
public final class LegalRouteProcess {

    private LegalRouteProcess() {
    }

    public static final String KEY = "LegalRouteProcess";

    public static final String TASK_ASSESS_LEGAL_OPTIONS = "Task_AssessLegalOptions";
    public static final String TASK_CHOOSE_LEGAL_ACTION = "Task_ChooseLegalAction";
    public static final String TASK_APPROVE_LEGAL_ACTION = "Task_ApproveLegalAction";
    public static final String EVENT_REASSESS_LATER = "Event_ReassessLater";
    public static final String TASK_WRITE_OFF_INVOICE = "Task_WriteOffInvoice";
    public static final String TASK_INSTRUCT_LAWYER = "Task_InstructLawyer";
    public static final String EVENT_LAWYER_DEADLINE_PASSED = "Event_LawyerDeadlinePassed";
    public static final String EVENT_AGENCY_AGE_REACHED = "Event_AgencyAgeReached";
    public static final String TASK_OFFER_AGENCY_DISCOUNT = "Task_OfferAgencyDiscount";
    public static final String EVENT_DISCOUNT_OFFER_EXPIRED = "Event_DiscountOfferExpired";
    public static final String TASK_HAND_OVER_TO_AGENCY = "Task_HandOverToAgency";
    public static final String TASK_SELL_TO_FACTOR = "Task_SellToFactor";
    public static final String TASK_FILE_SMALL_CLAIM = "Task_FileSmallClaim";
    public static final String TASK_START_COURT_CASE = "Task_StartCourtCase";
    public static final String TASK_RECORD_LEGAL_OUTCOME = "Task_RecordLegalOutcome";
    public static final String TASK_CLOSE_LEGAL_ACTION = "Task_CloseLegalAction";
    public static final String END_INVOICE_WRITTEN_OFF = "EndEvent_InvoiceWrittenOff";
    public static final String END_LEGAL_ACTION_CLOSED = "EndEvent_LegalActionClosed";

    /** The decisions of {@code processes/ChooseLegalAction.dmn}. */
    public static final String DECISION_CHOOSE_LEGAL_ACTION = "ChooseLegalAction";
    public static final String DECISION_LEGAL_ACTION_ALLOWED = "LegalActionAllowed";
}
