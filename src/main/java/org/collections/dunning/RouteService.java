package org.collections.dunning;

import org.collections.claim.ClaimService;
import java.math.BigDecimal;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.policy.CollectionPolicy;
import org.collections.policy.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After the final demand: payment plan or legal route. */
@Service
public class RouteService {

    public enum Route {
        PAYMENT_PLAN,
        LEGAL_ROUTE
    }

    private final InvoiceRepository invoices;
    private final CallRecordRepository calls;
    private final CollectionPolicy policy;
    private final Dossier dossier;
    private final ClaimService claims;

    public RouteService(InvoiceRepository invoices, CallRecordRepository calls, CollectionPolicy policy,
            Dossier dossier, ClaimService claims) {
        this.claims = claims;
        this.invoices = invoices;
        this.calls = calls;
        this.policy = policy;
        this.dossier = dossier;
    }

    @Transactional
    public RouteFacts assess(Long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        invoice.moveTo(Stage.ROUTE_DECISION);
        claims.stageReached(invoice, Stage.ROUTE_DECISION);
        boolean reached = calls.countByInvoiceIdAndOutcomeNot(invoiceId, CallOutcome.NO_ANSWER) > 0;
        long broken = dossier.of(invoiceId, EntryType.BROKEN_PROMISE).size();
        // A plan needs at least two instalments of the policy's minimum.
        BigDecimal planMinimum = policy.paymentPlan().minInstalmentAmount().multiply(BigDecimal.valueOf(2));
        boolean belowMinimum = invoice.balance().amount().compareTo(planMinimum) < 0;
        return new RouteFacts(reached, broken > policy.paymentPlan().maxBrokenPromises(), belowMinimum);
    }

    /** Validates the manager's choice and writes it into the dossier. */
    @Transactional
    public Route decide(Long invoiceId, String routeValue, String recommended, String actor) {
        FieldErrors errors = new FieldErrors();
        Route route = errors.oneOf(routeValue, Route.class, "route");
        errors.throwIfAny();
        dossier.record(invoiceId, EntryType.DECISION, "Route decided: " + route
                + (route.name().equals(recommended) ? " (as recommended)" : " (recommended was " + recommended + ")"),
                actor);
        return route;
    }
}
