package org.collections.invoice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditNoteRepository extends JpaRepository<CreditNote, Long> {

    Optional<CreditNote> findByInvoiceIdAndReference(Long invoiceId, String reference);
}
