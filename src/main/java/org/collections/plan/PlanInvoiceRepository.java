package org.collections.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanInvoiceRepository extends JpaRepository<PlanInvoice, Long> {

    List<PlanInvoice> findByPlanIdOrderByIdAsc(Long planId);

    @Query("select p from PlanInvoice p where p.invoiceId = :invoiceId and p.status = :status")
    List<PlanInvoice> findByInvoiceIdAndStatus(@Param("invoiceId") Long invoiceId,
            @Param("status") PlanInvoice.Status status);

    /** The plan the invoice asked for last (a later request makes a plan of its own). */
    @Query("select p from PlanInvoice p where p.invoiceId = :invoiceId order by p.id desc limit 1")
    java.util.Optional<PlanInvoice> findFirstByInvoiceIdOrderByIdDesc(@Param("invoiceId") Long invoiceId);

    boolean existsByPlanIdAndStatus(Long planId, PlanInvoice.Status status);

    boolean existsByPlanIdAndInvoiceIdAndStatusIn(Long planId, Long invoiceId, Collection<PlanInvoice.Status> status);
}
