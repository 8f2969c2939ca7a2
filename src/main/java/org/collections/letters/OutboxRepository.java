package org.collections.letters;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    Optional<OutboxMessage> findByInvoiceIdAndStepKeyAndChannel(Long invoiceId, String stepKey, Channel channel);

    List<OutboxMessage> findByInvoiceIdOrderByIdAsc(Long invoiceId);

    List<OutboxMessage> findByStatusOrderByIdAsc(OutboxStatus status);

    long countByInvoiceIdAndLetterType(Long invoiceId, LetterType type);
}
