package org.collections.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallRequestRepository extends JpaRepository<CallRequest, Long> {

    List<CallRequest> findByCustomerIdAndStatusOrderByRequestedAtAscIdAsc(Long customerId, CallRequest.Status status);

    List<CallRequest> findByCustomerIdAndStatusAndDeliveredFalseOrderByIdAsc(Long customerId,
            CallRequest.Status status);

    List<CallRequest> findByInvoiceIdAndStatus(Long invoiceId, CallRequest.Status status);

    boolean existsByCustomerIdAndStatus(Long customerId, CallRequest.Status status);

    boolean existsByInvoiceIdAndStageAndOutcome(Long invoiceId, org.collections.policy.Stage stage,
            org.collections.dunning.CallOutcome outcome);
}
