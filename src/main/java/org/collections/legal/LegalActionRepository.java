package org.collections.legal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LegalActionRepository extends JpaRepository<LegalAction, Long> {

    @Query("""
            select a from LegalAction a
            where a.invoiceId = :invoiceId and a.status = :status
            order by a.id desc limit 1""")
    Optional<LegalAction> findFirstByInvoiceIdAndStatusOrderByIdDesc(@Param("invoiceId") Long invoiceId,
            @Param("status") LegalAction.Status status);

    @Query("select a from LegalAction a where a.invoiceId = :invoiceId and a.status = :status")
    List<LegalAction> findByInvoiceIdAndStatus(@Param("invoiceId") Long invoiceId,
            @Param("status") LegalAction.Status status);
}
