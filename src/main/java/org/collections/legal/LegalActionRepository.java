package org.collections.legal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LegalActionRepository extends JpaRepository<LegalAction, Long> {

    Optional<LegalAction> findFirstByInvoiceIdAndStatusOrderByIdDesc(Long invoiceId, LegalAction.Status status);

    List<LegalAction> findByInvoiceIdAndStatus(Long invoiceId, LegalAction.Status status);
}
