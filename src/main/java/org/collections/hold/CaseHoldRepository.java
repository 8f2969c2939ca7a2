package org.collections.hold;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseHoldRepository extends JpaRepository<CaseHold, Long> {

    List<CaseHold> findByInvoiceIdOrderByStartedAtAscIdAsc(Long invoiceId);

    Optional<CaseHold> findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(Long invoiceId);
}
