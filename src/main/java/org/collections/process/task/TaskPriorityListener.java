package org.collections.process.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.collections.process.TaskSubjects;
import org.springframework.stereotype.Component;

/** Every user task, on create: its priority from the money at risk and its age, so Tasklist lists it by value. */
@Component
public class TaskPriorityListener implements TaskListener {

    private final TaskSubjects subjects;

    public TaskPriorityListener(TaskSubjects subjects) {
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setPriority(subjects.priority(task.getExecution()));
    }
}
