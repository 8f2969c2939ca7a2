package org.collections.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierRepository extends JpaRepository<DossierEntry, Long> {

    List<DossierEntry> findByInvoiceIdOrderByAtAscIdAsc(Long invoiceId);

    List<DossierEntry> findByInvoiceIdAndTypeOrderByAtAscIdAsc(Long invoiceId, EntryType type);

    /** The account's own entries and those of its invoices. */
    @Query("""
            select e from DossierEntry e
            where e.customerId = :customerId
               or e.invoiceId in (select i.id from Invoice i where i.customer.id = :customerId)
            order by e.at, e.id""")
    List<DossierEntry> findAccount(@Param("customerId") Long customerId);
}
