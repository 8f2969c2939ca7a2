package org.collections.dossier;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case file: everything that happened to an invoice, with time and actor, oldest first. */
@Service
public class Dossier {

    public static final String SYSTEM = "system";

    private final DossierRepository entries;
    private final Clock clock;

    public Dossier(DossierRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public DossierEntry record(Long invoiceId, EntryType type, String summary, String actor) {
        return entries.save(new DossierEntry(invoiceId, clock.instant(), type, summary, actor == null ? SYSTEM : actor));
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
