package org.collections.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CallRequestRepository extends JpaRepository<CallRequest, Long> {

    @Query("""
            select r from CallRequest r
            where r.customerId = :customerId and r.status = :status
            order by r.requestedAt, r.id""")
    List<CallRequest> findByCustomerIdAndStatusOrderByRequestedAtAscIdAsc(@Param("customerId") Long customerId,
            @Param("status") CallRequest.Status status);

    @Query("""
            select r from CallRequest r
            where r.customerId = :customerId and r.status = :status and r.delivered = false
            order by r.id""")
    List<CallRequest> findByCustomerIdAndStatusAndDeliveredFalseOrderByIdAsc(@Param("customerId") Long customerId,
            @Param("status") CallRequest.Status status);

    @Query("select r from CallRequest r where r.invoiceId = :invoiceId and r.status = :status")
    List<CallRequest> findByInvoiceIdAndStatus(@Param("invoiceId") Long invoiceId,
            @Param("status") CallRequest.Status status);

    @Query("""
            select case when count(r) > 0 then true else false end from CallRequest r
            where r.customerId = :customerId and r.status = :status""")
    boolean existsByCustomerIdAndStatus(@Param("customerId") Long customerId,
            @Param("status") CallRequest.Status status);

    @Query("""
            select case when count(r) > 0 then true else false end from CallRequest r
            where r.invoiceId = :invoiceId and r.stage = :stage and r.outcome = :outcome""")
    boolean existsByInvoiceIdAndStageAndOutcome(@Param("invoiceId") Long invoiceId,
            @Param("stage") org.collections.policy.Stage stage,
            @Param("outcome") org.collections.dunning.CallOutcome outcome);
}
