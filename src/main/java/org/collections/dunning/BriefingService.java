package org.collections.dunning;

import org.collections.claim.Claim;
import org.collections.claim.ClaimService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.customer.Customer;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.policy.CollectionPolicy;
import org.collections.policy.SchedulePlanner;
import org.collections.text.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class BriefingService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /**
     * The briefing is a task variable, so it holds {@link Texts#MAX_VARIABLE} at most however many calls there were;
     * each call's notes are shortened so that several of the latest calls still show, not just part of one.
     */
    static final int NOTES_SHOWN = 1000;

    private final InvoiceRepository invoices;
    private final CallRecordRepository calls;
    private final Dossier dossier;
    private final SchedulePlanner planner;
    private final ZoneId zone;
    private final ClaimService claims;

    public BriefingService(InvoiceRepository invoices, CallRecordRepository calls, Dossier dossier,
            SchedulePlanner planner, CollectionPolicy policy, ClaimService claims) {
        this.claims = claims;
        this.invoices = invoices;
        this.calls = calls;
        this.dossier = dossier;
        this.planner = planner;
        this.zone = policy.timeZone();
    }

    @Transactional(readOnly = true)
    public Briefing briefing(Long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        Customer c = invoice.getCustomer();
        List<CallRecord> history = calls.findByInvoiceIdOrderByAtAscIdAsc(invoiceId);
        String callHistory = history.isEmpty() ? "No calls yet." : Texts.joinNewest(history.stream()
                .map(call -> WHEN.format(call.getAt().atZone(zone)) + " (" + call.getStage() + ", "
                        + Texts.markdownLiteral(call.getActor()) + "): " + call.getOutcome()
                        + (call.getPromisedDate() == null ? "" : " by " + call.getPromisedDate())
                        + (call.getNotes() == null ? "" : " – " + Texts.markdownLiteral(Texts.fit(call.getNotes(),
                                NOTES_SHOWN))))
                .toList(), "\n", Texts.MAX_VARIABLE, BriefingService::earlierCalls);
        long broken = dossier.of(invoiceId, EntryType.BROKEN_PROMISE).size();
        Claim claim = claims.current(invoice);
        return new Briefing(invoice.getNumber(), c.getName(), c.getType().name(), c.getPhone(), c.getEmail(),
                c.getAddress(), invoice.amount().toString(), claim.balance().toString(),
                claim.additions().toString(),
                invoice.getDueDate().toString(), planner.daysOverdue(invoice.getDueDate()),
                invoice.getStage() == null ? "" : invoice.getStage().name(), callHistory, broken);
    }

    private static String earlierCalls(int count) {
        return "… " + count + (count == 1 ? " earlier call" : " earlier calls") + " in the dossier";
    }
}
