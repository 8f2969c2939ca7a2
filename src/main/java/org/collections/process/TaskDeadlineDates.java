package org.collections.process;

import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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
    /** per running engine command, dropped with it */
    private final Map<CommandContext, Map<String, Date>> dueInCommand =
            Collections.synchronizedMap(new WeakHashMap<>());

    public TaskDeadlineDates(TaskDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * The same moment for the timer and the task within one engine command, though the engine evaluates the
     * expression twice (the timer as the task's step starts, the due date as the task is created).
     */
    public Date due(String kind) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            return Date.from(deadlines.dueFor(TaskKind.valueOf(kind)).toInstant());
        }
        return dueInCommand.computeIfAbsent(command, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind, k -> Date.from(deadlines.dueFor(TaskKind.valueOf(k)).toInstant()));
    }

    public Date followUp(String kind) {
        return deadlines.followUpFor(TaskKind.valueOf(kind)).map(at -> Date.from(at.toInstant())).orElse(null);
    }
}
