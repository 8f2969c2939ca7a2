package org.collections.claim;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FeeChargeRepository extends JpaRepository<FeeCharge, Long> {

    boolean existsByInvoiceIdAndFeeKey(Long invoiceId, String feeKey);
}
