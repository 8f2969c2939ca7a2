package org.collections.invoice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvoiceCancellationRepository extends JpaRepository<InvoiceCancellation, Long> {

    @Query("select c from InvoiceCancellation c where c.invoiceId = :invoiceId")
    Optional<InvoiceCancellation> findByInvoiceId(@Param("invoiceId") Long invoiceId);
}
