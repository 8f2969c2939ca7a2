package org.collections.invoice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    /** The payment to an invoice with this reference (the parts of an account payment share theirs). */
    Optional<Payment> findByReferenceAndAccountPaymentIdIsNull(String reference);

    /** The parts of an account payment, in the order they were booked. */
    List<Payment> findByAccountPaymentIdOrderByIdAsc(Long accountPaymentId);

    /** The payments booked on an invoice (and what of each went to the customer's credit). */
    List<Payment> findByInvoiceIdOrderByIdAsc(Long invoiceId);

    List<Payment> findByStatusOrderByReceivedAtAscIdAsc(PaymentStatus status,
            org.springframework.data.domain.Pageable page);
}
