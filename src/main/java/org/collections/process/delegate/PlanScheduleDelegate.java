package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.PlannedCase;
import org.collections.policy.CaseSchedule;
import org.collections.dunning.DunningService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseSearchVariables;
import org.collections.process.CaseVariables;
import org.collections.process.IsoMoments;
import org.springframework.stereotype.Component;

/**
 * Task_PlanSchedule: the dates of every stage, from the due date, and the stage matching the age; and the variables a
 * manager finds the case by in Cockpit.
 */
@Component
public class PlanScheduleDelegate implements JavaDelegate {

    /** where Gateway_ResumeCase takes a case back to after a dispute from a call */
    private static final String ON_THE_LADDER = "LADDER";

    private final CaseInvoice cases;
    private final DunningService dunning;
    private final CaseSearchVariables search;

    public PlanScheduleDelegate(CaseInvoice cases, DunningService dunning, CaseSearchVariables search) {
        this.cases = cases;
        this.dunning = dunning;
        this.search = search;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = cases.invoiceId(execution);
        PlannedCase planned = dunning.plan(invoiceId);
        CaseSchedule schedule = planned.schedule();
        CaseVariables.PRE_DUE_REMINDER_AT.set(execution, IsoMoments.iso(schedule.preDueReminderAt()));
        CaseVariables.DAY1_AT.set(execution, IsoMoments.iso(schedule.day1At()));
        CaseVariables.DAY30_AT.set(execution, IsoMoments.iso(schedule.day30At()));
        CaseVariables.DAY60_AT.set(execution, IsoMoments.iso(schedule.day60At()));
        CaseVariables.START_STAGE.set(execution, planned.startStage().name());
        CaseVariables.ONGOING_WORK.set(execution, planned.ongoingWork());
        // on the ladder now: a dispute from a call (or a stop) comes back here unless a message says otherwise
        CaseVariables.RESUME_AT.set(execution, ON_THE_LADDER);
        // every case passes here, from the API and from Tasklist's start form (after its raw fields are removed)
        search.refresh(execution.getProcessInstance(), invoiceId);
    }
}
