package org.collections.process;

import java.util.Date;
import org.collections.worklist.TaskDeadlines;
import org.collections.worklist.TaskKind;
import org.springframework.stereotype.Component;

/**
 * The models' deadline expressions: a user task's {@code camunda:dueDate} and the timer that escalates it both read
 * {@code ${deadlines.due('CALL')}}, so the task is escalated exactly when Tasklist shows it overdue.
 */
@Component("deadlines")
public class TaskDeadlineDates {

    private final TaskDeadlines deadlines;

    public TaskDeadlineDates(TaskDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public Date due(String kind) {
        return Date.from(deadlines.dueFor(TaskKind.valueOf(kind)).toInstant());
    }

    public Date followUp(String kind) {
        return deadlines.followUpFor(TaskKind.valueOf(kind)).map(at -> Date.from(at.toInstant())).orElse(null);
    }
}
