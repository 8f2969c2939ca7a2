package org.collections.invoice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CreditNoteRepository extends JpaRepository<CreditNote, Long> {

    @Query("select n from CreditNote n where n.invoiceId = :invoiceId and n.reference = :reference")
    Optional<CreditNote> findByInvoiceIdAndReference(@Param("invoiceId") Long invoiceId,
            @Param("reference") String reference);
}
