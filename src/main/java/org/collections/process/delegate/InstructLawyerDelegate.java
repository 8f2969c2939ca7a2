package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.legal.LegalService;
import org.collections.process.CaseInvoice;
import org.collections.process.CaseVariables;
import org.collections.process.IsoMoments;
import org.springframework.stereotype.Component;

/** Task_InstructLawyer: the lawyer sends a demand letter; its deadline is when the case goes back to the manager. */
@Component
public class InstructLawyerDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final LegalService legal;

    public InstructLawyerDelegate(CaseInvoice cases, LegalService legal) {
        this.cases = cases;
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseVariables.LAWYER_DEADLINE_AT.set(execution, IsoMoments.iso(legal.instructLawyer(cases.invoiceId(execution))));
    }
}
