package org.collections.hold;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseHoldRepository extends JpaRepository<CaseHold, Long> {

    @Query("select h from CaseHold h where h.invoiceId = :invoiceId order by h.startedAt, h.id")
    List<CaseHold> findByInvoiceIdOrderByStartedAtAscIdAsc(@Param("invoiceId") Long invoiceId);

    @Query("select h from CaseHold h where h.invoiceId = :invoiceId and h.endedAt is null order by h.id desc limit 1")
    Optional<CaseHold> findFirstByInvoiceIdAndEndedAtIsNullOrderByIdDesc(@Param("invoiceId") Long invoiceId);
}
