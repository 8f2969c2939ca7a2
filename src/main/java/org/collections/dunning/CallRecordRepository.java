package org.collections.dunning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallRecordRepository extends JpaRepository<CallRecord, Long> {

    List<CallRecord> findByInvoiceIdOrderByAtAscIdAsc(Long invoiceId);

    List<CallRecord> findByCustomerCallIdAndOutcome(Long customerCallId, CallOutcome outcome);

    List<CallRecord> findByInvoiceIdInAndOutcomeOrderByAtAscIdAsc(Collection<Long> invoiceIds, CallOutcome outcome);

    long countByInvoiceIdAndOutcomeAndAtAfter(Long invoiceId, CallOutcome outcome, Instant after);

    long countByInvoiceIdAndOutcomeNot(Long invoiceId, CallOutcome outcome);

    Optional<CallRecord> findFirstByInvoiceIdAndOutcomeOrderByAtDescIdDesc(Long invoiceId, CallOutcome outcome);
}
