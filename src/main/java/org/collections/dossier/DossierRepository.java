package org.collections.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierRepository extends JpaRepository<DossierEntry, Long> {

    List<DossierEntry> findByInvoiceIdOrderByAtAscIdAsc(Long invoiceId);

    List<DossierEntry> findByInvoiceIdAndTypeOrderByAtAscIdAsc(Long invoiceId, EntryType type);
}
