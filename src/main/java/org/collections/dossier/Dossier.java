package org.collections.dossier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.collections.text.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case file: everything that happened to an invoice, with time and actor, oldest first. */
@Service
public class Dossier {

    public static final String SYSTEM = "system";

    private static final Comparator<DossierEntry> OLDEST_FIRST = Comparator.comparing(DossierEntry::getAt)
            .thenComparing(DossierEntry::getId);

    private final DossierRepository entries;
    private final Clock clock;

    public Dossier(DossierRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records what happened. A summary that quotes a user's notes or a customer's data can be longer than its
     * column: it is shortened rather than refused, because the step that records it must not fail over it.
     */
    @Transactional
    public DossierEntry record(Long invoiceId, EntryType type, String summary, String actor) {
        return save(invoiceId, null, type, summary, actor);
    }

    /** Records what happened to the customer account as a whole (not to one of its invoices). */
    @Transactional
    public DossierEntry recordForAccount(Long customerId, EntryType type, String summary, String actor) {
        return save(null, customerId, type, summary, actor);
    }

    private DossierEntry save(Long invoiceId, Long customerId, EntryType type, String summary, String actor) {
        return entries.save(new DossierEntry(invoiceId, customerId, clock.instant(), type,
                Texts.fit(summary, DossierEntry.MAX_SUMMARY), Texts.fit(actor == null ? SYSTEM : actor,
                        DossierEntry.MAX_ACTOR)));
    }

    /** The account's entries and those of all its invoices, oldest first. */
    @Transactional(readOnly = true)
    public List<DossierEntry> ofAccount(Long customerId) {
        List<DossierEntry> all = new ArrayList<>(entries.findByCustomerId(customerId));
        all.addAll(entries.findOfInvoicesOfCustomer(customerId));
        // one order over both queries
        all.sort(OLDEST_FIRST);
        return all;
    }

    /** How many entries of this type the account and its invoices have. */
    @Transactional(readOnly = true)
    public long countInAccount(Long customerId, EntryType type) {
        return entries.countByCustomerIdAndType(customerId, type) + entries.countOfInvoicesOfCustomer(customerId, type);
    }

    @Transactional(readOnly = true)
    public List<DossierEntry> of(Long invoiceId) {
        return entries.findByInvoiceIdOrderByAtAscIdAsc(invoiceId);
    }

    @Transactional(readOnly = true)
    public List<DossierEntry> of(Long invoiceId, EntryType type) {
        return entries.findByInvoiceIdAndTypeOrderByAtAscIdAsc(invoiceId, type);
    }
}
