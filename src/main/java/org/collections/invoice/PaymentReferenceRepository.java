package org.collections.invoice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentReferenceRepository extends JpaRepository<PaymentReference, String> {

    @Query("select r.kind from PaymentReference r where r.reference = :reference")
    Optional<PaymentReference.Kind> kindOf(@Param("reference") String reference);

    /**
     * Takes the reference for a new payment. An insert, never a merge: a reference taken by another transaction
     * meanwhile fails here (a {@code DataIntegrityViolationException}, which the payment's retry answers).
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "insert into payment_reference (reference, kind) values (:reference, :kind)", nativeQuery = true)
    void claim(@Param("reference") String reference, @Param("kind") String kind);
}
