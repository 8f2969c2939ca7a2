package org.collections.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeeChargeRepository extends JpaRepository<FeeCharge, Long> {

    @Query("""
            select case when count(f) > 0 then true else false end from FeeCharge f
            where f.invoiceId = :invoiceId and f.feeKey = :feeKey""")
    boolean existsByInvoiceIdAndFeeKey(@Param("invoiceId") Long invoiceId, @Param("feeKey") String feeKey);

    List<FeeCharge> findByInvoiceId(Long invoiceId);
}
