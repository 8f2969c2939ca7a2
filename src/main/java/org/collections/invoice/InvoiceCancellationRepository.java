package org.collections.invoice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceCancellationRepository extends JpaRepository<InvoiceCancellation, Long> {

    Optional<InvoiceCancellation> findByInvoiceId(Long invoiceId);
}
