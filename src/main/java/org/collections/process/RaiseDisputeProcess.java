package org.collections.process;

/**
 * Names of {@code processes/RaiseDisputeProcess.bpmn}, declared once: Tasklist's "Raise a dispute" start form, whose one
 * step raises the dispute on the invoice's case as {@code POST /api/invoices/{number}/disputes} does.
 */
public final class RaiseDisputeProcess {

    private RaiseDisputeProcess() {
    }

    public static final String KEY = "RaiseDisputeProcess";

    public static final String START_DISPUTE_ENTERED = "StartEvent_DisputeEntered";
    public static final String TASK_RAISE_DISPUTE = "Task_RaiseDispute";
    public static final String END_DISPUTE_RAISED = "EndEvent_DisputeRaised";
}
