package org.collections.invoice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    /** The payment to an invoice with this reference (the parts of an account payment share theirs). */
    @Query("select p from Payment p where p.reference = :reference and p.accountPaymentId is null")
    Optional<Payment> findByReferenceAndAccountPaymentIdIsNull(@Param("reference") String reference);

    /** The parts of an account payment, in the order they were booked. */
    @Query("select p from Payment p where p.accountPaymentId = :accountPaymentId order by p.id")
    List<Payment> findByAccountPaymentIdOrderByIdAsc(@Param("accountPaymentId") Long accountPaymentId);

    /** The payments booked on an invoice (and what of each went to the customer's credit). */
    @Query("select p from Payment p where p.invoice.id = :invoiceId order by p.id")
    List<Payment> findByInvoiceIdOrderByIdAsc(@Param("invoiceId") Long invoiceId);

    @Query("select p from Payment p where p.status = :status order by p.receivedAt, p.id")
    List<Payment> findByStatusOrderByReceivedAtAscIdAsc(@Param("status") PaymentStatus status,
            org.springframework.data.domain.Pageable page);
}
