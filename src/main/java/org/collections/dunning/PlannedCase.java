package org.collections.dunning;

import org.collections.policy.CaseSchedule;
import org.collections.policy.Stage;

/** A case's schedule and the rung of the ladder it starts (or resumes) at. */
public record PlannedCase(CaseSchedule schedule, Stage startStage, boolean ongoingWork) {
}
