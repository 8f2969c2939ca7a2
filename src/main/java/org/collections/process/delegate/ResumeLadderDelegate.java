package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.dunning.PlannedCase;
import org.collections.hold.HoldService;
import org.collections.policy.CaseSchedule;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.collections.process.IsoMoments;
import org.springframework.stereotype.Component;

/**
 * Task_ResumeLadder: the promise or hold ended (a broken promise is recorded); the ladder is planned again from the
 * stage the case was at, one stage at a time.
 */
@Component
public class ResumeLadderDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final HoldService holds;

    public ResumeLadderDelegate(CaseInvoice cases, HoldService holds) {
        this.cases = cases;
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PlannedCase planned = holds.resume(cases.invoiceId(execution));
        CaseSchedule schedule = planned.schedule();
        CaseVariables.PRE_DUE_REMINDER_AT.set(execution, IsoMoments.iso(schedule.preDueReminderAt()));
        CaseVariables.DAY1_AT.set(execution, IsoMoments.iso(schedule.day1At()));
        CaseVariables.DAY30_AT.set(execution, IsoMoments.iso(schedule.day30At()));
        CaseVariables.DAY60_AT.set(execution, IsoMoments.iso(schedule.day60At()));
        CaseVariables.START_STAGE.set(execution, planned.startStage().name());
        CaseVariables.ONGOING_WORK.set(execution, planned.ongoingWork());
    }
}
