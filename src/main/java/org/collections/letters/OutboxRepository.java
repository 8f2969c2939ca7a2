package org.collections.letters;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("""
            select m from OutboxMessage m
            where m.invoiceId = :invoiceId and m.stepKey = :stepKey and m.channel = :channel""")
    Optional<OutboxMessage> findByInvoiceIdAndStepKeyAndChannel(@Param("invoiceId") Long invoiceId,
            @Param("stepKey") String stepKey, @Param("channel") Channel channel);

    /** Every message that covers the invoice: those its own steps made and letters of other invoices that list it. */
    @Query("select m from OutboxMessage m where m.id in (select i.messageId from OutboxItem i "
            + "where i.invoiceId = :invoiceId) order by m.id")
    List<OutboxMessage> findCovering(@Param("invoiceId") Long invoiceId);

    @Query("select m from OutboxMessage m where m.status = :status order by m.id")
    List<OutboxMessage> findByStatusOrderByIdAsc(@Param("status") OutboxStatus status,
            org.springframework.data.domain.Pageable page);

    /** Emails held back whose time has come, oldest first. */
    @Query("select m from OutboxMessage m where m.status = org.collections.letters.OutboxStatus.PENDING "
            + "and m.notBefore is not null and m.notBefore <= :now order by m.notBefore, m.id")
    List<OutboxMessage> findHeldBackDue(@Param("now") java.time.Instant now);

    /**
     * The customer's emails of these kinds planned to go out after {@code from}, sent or waiting; not those taken
     * back before they went out (a customer-wide stop), which the customer never got.
     */
    @Query("select m from OutboxMessage m where m.customerId = :customerId and m.channel = "
            + "org.collections.letters.Channel.EMAIL and m.letterType in :types "
            + "and m.status <> org.collections.letters.OutboxStatus.WITHDRAWN "
            + "and coalesce(m.notBefore, m.createdAt) > :from")
    List<OutboxMessage> findPlannedEmails(@Param("customerId") Long customerId,
            @Param("types") java.util.Collection<LetterType> types, @Param("from") java.time.Instant from);

    /** Gives a withdrawn message's step key a suffix, so that its step may write the letter again. */
    @Modifying
    @Query(value = "update outbox_message set step_key = concat(left(step_key, :keep), :suffix) where id = :id",
            nativeQuery = true)
    int setStepAside(@Param("id") Long id, @Param("suffix") String suffix, @Param("keep") int keep);

    @Query("select m from OutboxMessage m where m.customerId = :customerId and m.status in :statuses order by m.id")
    List<OutboxMessage> findByCustomerIdAndStatusInOrderByIdAsc(@Param("customerId") Long customerId,
            @Param("statuses") java.util.Collection<OutboxStatus> statuses);

    /** Claims a pending message for sending; 1 when this caller has it, 0 when it is not pending (any more). */
    /**
     * Takes back a message that still waits (an email not claimed for sending, a letter not posted): 1 when it did,
     * 0 when it went out or was taken back meanwhile. The condition is checked on the row, so a sender claiming it
     * at the same moment and this never both win.
     */
    @Modifying
    @Query("update OutboxMessage m set m.status = org.collections.letters.OutboxStatus.WITHDRAWN, m.lastError = :why "
            + "where m.id = :id and m.status in (org.collections.letters.OutboxStatus.PENDING, "
            + "org.collections.letters.OutboxStatus.TO_POST)")
    int withdraw(@Param("id") Long id, @Param("why") String why);

    /**
     * The customer's letters of this kind and step on this channel written since {@code since} that have not gone out
     * (newest first): another invoice for which the same ladder letter is due joins one of them.
     */
    @Query("select m from OutboxMessage m where m.customerId = :customerId and m.letterType = :type "
            + "and m.stepKey = :stepKey and m.channel = :channel "
            + "and m.status = org.collections.letters.OutboxStatus.PENDING and m.createdAt >= :since "
            + "order by m.id desc")
    List<OutboxMessage> findWaiting(@Param("customerId") Long customerId, @Param("type") LetterType type,
            @Param("stepKey") String stepKey, @Param("channel") Channel channel,
            @Param("since") java.time.Instant since);

    /** Locks a message's row until the transaction ends: two invoices joining one letter take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMessage m where m.id = :id")
    Optional<OutboxMessage> lock(@Param("id") Long id);

    /**
     * Rewrites a letter that has not gone out yet; 0 when a sender claimed it meanwhile (or it was withdrawn), so
     * that nothing is added to a letter on its way.
     */
    @Modifying
    @Query("update OutboxMessage m set m.subject = :subject, m.bodyHtml = :html, m.bodyText = :text "
            + "where m.id = :id and m.status = org.collections.letters.OutboxStatus.PENDING")
    int rewriteWaiting(@Param("id") Long id, @Param("subject") String subject, @Param("html") String html,
            @Param("text") String text);

    @Modifying
    @Query("update OutboxMessage m set m.status = org.collections.letters.OutboxStatus.SENDING, "
            + "m.attempts = m.attempts + 1 where m.id = :id and m.status = org.collections.letters.OutboxStatus.PENDING")
    int claim(Long id);
}
