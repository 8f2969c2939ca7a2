package org.collections.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanInvoiceRepository extends JpaRepository<PlanInvoice, Long> {

    List<PlanInvoice> findByPlanIdOrderByIdAsc(Long planId);

    List<PlanInvoice> findByInvoiceIdAndStatus(Long invoiceId, PlanInvoice.Status status);

    /** The plan the invoice asked for last (a later request makes a plan of its own). */
    java.util.Optional<PlanInvoice> findFirstByInvoiceIdOrderByIdDesc(Long invoiceId);

    boolean existsByPlanIdAndStatus(Long planId, PlanInvoice.Status status);

    boolean existsByPlanIdAndInvoiceIdAndStatusIn(Long planId, Long invoiceId, Collection<PlanInvoice.Status> status);
}
