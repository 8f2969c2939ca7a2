package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.legal.LegalAssessment;
import org.collections.process.CaseInvoice;
import org.collections.process.IsoMoments;
import org.collections.legal.LegalService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_AssessLegalOptions: every option ranked by expected net recovery, and what ChooseLegalAction decides on. */
@Component
public class AssessLegalOptionsDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final LegalService legal;

    public AssessLegalOptionsDelegate(CaseInvoice cases, LegalService legal) {
        this.cases = cases;
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LegalAssessment assessment = legal.assess(cases.invoiceId(execution));
        CaseVariables.COLLECTION_COSTS_EXCEED_RECOVERY.set(execution, assessment.collectionCostsExceedRecovery());
        CaseVariables.BEST_ACTION.set(execution, assessment.bestAction());
        CaseVariables.WITHIN_SMALL_CLAIMS_LIMIT.set(execution, assessment.withinSmallClaimsLimit());
        CaseVariables.PAST_AGENCY_MINIMUM_AGE.set(execution, assessment.pastAgencyMinimumAge());
        CaseVariables.CUSTOMER_TYPE.set(execution, assessment.customerType());
        CaseVariables.LEGAL_OPTIONS.set(execution, assessment.options());
        CaseVariables.AGENCY_ALLOWED_AT.set(execution, IsoMoments.iso(assessment.agencyAllowedAt()));
    }
}
