package org.collections.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.collections.process.CaseInvoice;
import org.collections.process.IsoMoments;
import org.collections.legal.LegalService;
import org.collections.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Task_OfferAgencyDiscount: before the agency, the customer may settle for the balance less the agency's fee. */
@Component
public class OfferAgencyDiscountDelegate implements JavaDelegate {

    private final CaseInvoice cases;
    private final LegalService legal;

    public OfferAgencyDiscountDelegate(CaseInvoice cases, LegalService legal) {
        this.cases = cases;
        this.legal = legal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseVariables.DISCOUNT_OFFER_EXPIRES_AT.set(execution,
                IsoMoments.iso(legal.offerAgencyDiscount(cases.invoiceId(execution))));
    }
}
