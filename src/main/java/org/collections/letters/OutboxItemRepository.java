package org.collections.letters;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxItemRepository extends JpaRepository<OutboxItem, Long> {

    @Query("""
            select i from OutboxItem i
            where i.invoiceId = :invoiceId and i.stepKey = :stepKey and i.channel = :channel""")
    Optional<OutboxItem> findByInvoiceIdAndStepKeyAndChannel(@Param("invoiceId") Long invoiceId,
            @Param("stepKey") String stepKey, @Param("channel") Channel channel);

    @Query("""
            select case when count(i) > 0 then true else false end from OutboxItem i
            where i.invoiceId = :invoiceId and i.stepKey = :stepKey""")
    boolean existsByInvoiceIdAndStepKey(@Param("invoiceId") Long invoiceId, @Param("stepKey") String stepKey);

    /** Gives the step key of a withdrawn message's items a suffix, as {@link OutboxRepository#setStepAside}. */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "update outbox_item set step_key = concat(left(step_key, :keep), :suffix) where message_id = :id",
            nativeQuery = true)
    int setStepAside(@Param("id") Long messageId, @Param("suffix") String suffix, @Param("keep") int keep);

    List<OutboxItem> findByMessageId(Long messageId);

    /** Whether a letter of one of these steps covering the invoice went out, or may have. */
    @Query("""
            select case when count(i) > 0 then true else false end from OutboxItem i, OutboxMessage m
            where m.id = i.messageId and i.invoiceId = :invoiceId and i.stepKey in :stepKeys
            and m.status in (org.collections.letters.OutboxStatus.SENDING, org.collections.letters.OutboxStatus.SENT,
                org.collections.letters.OutboxStatus.UNCERTAIN, org.collections.letters.OutboxStatus.POSTED)""")
    boolean delivered(@Param("invoiceId") Long invoiceId, @Param("stepKeys") Collection<String> stepKeys);

    /** Which of these invoices a letter of this step and channel already covers. */
    @Query("""
            select i.invoiceId from OutboxItem i
            where i.stepKey = :stepKey and i.channel = :channel and i.invoiceId in :invoiceIds""")
    List<Long> covered(@Param("stepKey") String stepKey, @Param("channel") Channel channel,
            @Param("invoiceIds") Collection<Long> invoiceIds);

    /** The messages of these types covering the invoice that still wait to go out (an email, or a letter to post). */
    @Query("""
            select m from OutboxItem i, OutboxMessage m
            where m.id = i.messageId and i.invoiceId = :invoiceId and m.letterType in :types
            and m.status in (org.collections.letters.OutboxStatus.PENDING, org.collections.letters.OutboxStatus.TO_POST)
            order by m.id""")
    List<OutboxMessage> waitingFor(@Param("invoiceId") Long invoiceId, @Param("types") Collection<LetterType> types);

    /** The invoices of these messages by number, each message's in order of due date: message id, invoice id, number. */
    @Query("""
            select new org.collections.letters.OutboxItemRepository$CoveredInvoice(i.messageId, i.invoiceId, v.number)
            from OutboxItem i, org.collections.invoice.Invoice v
            where v.id = i.invoiceId and i.messageId in :messageIds
            order by i.messageId, v.dueDate, v.number""")
    List<CoveredInvoice> invoicesOf(@Param("messageIds") Collection<Long> messageIds);

    /**
     * Which of these invoices a letter of one of these types went out for: sent by email, or rendered for post
     * (printed and posted by the team). A message still waiting in the outbox was not read by anyone.
     */
    @Query("""
            select distinct i.invoiceId from OutboxItem i, OutboxMessage m
            where m.id = i.messageId and i.invoiceId in :invoiceIds and m.letterType in :types
            and m.status in (org.collections.letters.OutboxStatus.SENT, org.collections.letters.OutboxStatus.TO_POST,
                org.collections.letters.OutboxStatus.POSTED)""")
    List<Long> wentOut(@Param("invoiceIds") Collection<Long> invoiceIds,
            @Param("types") Collection<LetterType> types);

    record CoveredInvoice(Long messageId, Long invoiceId, String number) {
    }
}
