package org.collections.dunning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CallRecordRepository extends JpaRepository<CallRecord, Long> {

    @Query("select r from CallRecord r where r.invoiceId = :invoiceId order by r.at, r.id")
    List<CallRecord> findByInvoiceIdOrderByAtAscIdAsc(@Param("invoiceId") Long invoiceId);

    @Query("select r from CallRecord r where r.customerCallId = :customerCallId and r.outcome = :outcome")
    List<CallRecord> findByCustomerCallIdAndOutcome(@Param("customerCallId") Long customerCallId,
            @Param("outcome") CallOutcome outcome);

    @Query("select r from CallRecord r where r.invoiceId in :invoiceIds and r.outcome = :outcome order by r.at, r.id")
    List<CallRecord> findByInvoiceIdInAndOutcomeOrderByAtAscIdAsc(@Param("invoiceIds") Collection<Long> invoiceIds,
            @Param("outcome") CallOutcome outcome);

    @Query("""
            select count(r) from CallRecord r
            where r.invoiceId = :invoiceId and r.outcome = :outcome and r.at > :after""")
    long countByInvoiceIdAndOutcomeAndAtAfter(@Param("invoiceId") Long invoiceId, @Param("outcome") CallOutcome outcome,
            @Param("after") Instant after);

    @Query("select count(r) from CallRecord r where r.invoiceId = :invoiceId and r.outcome <> :outcome")
    long countByInvoiceIdAndOutcomeNot(@Param("invoiceId") Long invoiceId, @Param("outcome") CallOutcome outcome);

    @Query("""
            select r from CallRecord r
            where r.invoiceId = :invoiceId and r.outcome = :outcome
            order by r.at desc, r.id desc limit 1""")
    Optional<CallRecord> findFirstByInvoiceIdAndOutcomeOrderByAtDescIdDesc(@Param("invoiceId") Long invoiceId,
            @Param("outcome") CallOutcome outcome);
}
