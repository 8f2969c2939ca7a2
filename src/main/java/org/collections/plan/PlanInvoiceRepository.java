package org.collections.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanInvoiceRepository extends JpaRepository<PlanInvoice, Long> {

    @Query("select p from PlanInvoice p where p.planId = :planId order by p.id")
    List<PlanInvoice> findByPlanIdOrderByIdAsc(@Param("planId") Long planId);

    @Query("select p from PlanInvoice p where p.invoiceId = :invoiceId and p.status = :status")
    List<PlanInvoice> findByInvoiceIdAndStatus(@Param("invoiceId") Long invoiceId,
            @Param("status") PlanInvoice.Status status);

    /** The plan the invoice asked for last (a later request makes a plan of its own). */
    @Query("select p from PlanInvoice p where p.invoiceId = :invoiceId order by p.id desc limit 1")
    java.util.Optional<PlanInvoice> findFirstByInvoiceIdOrderByIdDesc(@Param("invoiceId") Long invoiceId);

    @Query("""
            select case when count(p) > 0 then true else false end from PlanInvoice p
            where p.planId = :planId and p.status = :status""")
    boolean existsByPlanIdAndStatus(@Param("planId") Long planId, @Param("status") PlanInvoice.Status status);

    @Query("""
            select case when count(p) > 0 then true else false end from PlanInvoice p
            where p.planId = :planId and p.invoiceId = :invoiceId and p.status in :status""")
    boolean existsByPlanIdAndInvoiceIdAndStatusIn(@Param("planId") Long planId, @Param("invoiceId") Long invoiceId,
            @Param("status") Collection<PlanInvoice.Status> status);
}
