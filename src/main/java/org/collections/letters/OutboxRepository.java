package org.collections.letters;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    Optional<OutboxMessage> findByInvoiceIdAndStepKeyAndChannel(Long invoiceId, String stepKey, Channel channel);

    List<OutboxMessage> findByInvoiceIdOrderByIdAsc(Long invoiceId);

    List<OutboxMessage> findByStatusOrderByIdAsc(OutboxStatus status);

    /** Claims a pending message for sending; 1 when this caller has it, 0 when it is not pending (any more). */
    @Modifying
    @Query("update OutboxMessage m set m.status = org.collections.letters.OutboxStatus.SENDING, "
            + "m.attempts = m.attempts + 1 where m.id = :id and m.status = org.collections.letters.OutboxStatus.PENDING")
    int claim(Long id);
}
