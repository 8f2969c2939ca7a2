package org.collections.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierRepository extends JpaRepository<DossierEntry, Long> {

    List<DossierEntry> findByInvoiceIdOrderByAtAscIdAsc(Long invoiceId);

    List<DossierEntry> findByInvoiceIdAndTypeOrderByAtAscIdAsc(Long invoiceId, EntryType type);

    /** The account's own entries (those not of one invoice), in no order. */
    List<DossierEntry> findByCustomerId(Long customerId);

    /**
     * The entries of the customer's invoices, in no order. A query of its own, not an {@code or} beside the account's entries:
     * with the {@code or} neither database could use an index, and every call briefing read the whole table.
     */
    @Query("""
            select e from DossierEntry e join Invoice i on e.invoiceId = i.id
            where i.customer.id = :customerId""")
    List<DossierEntry> findOfInvoicesOfCustomer(@Param("customerId") Long customerId);

    long countByCustomerIdAndType(Long customerId, EntryType type);

    @Query("""
            select count(e) from DossierEntry e join Invoice i on e.invoiceId = i.id
            where i.customer.id = :customerId and e.type = :type""")
    long countOfInvoicesOfCustomer(@Param("customerId") Long customerId, @Param("type") EntryType type);
}
