package org.collections.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierRepository extends JpaRepository<DossierEntry, Long> {

    @Query("select e from DossierEntry e where e.invoiceId = :invoiceId order by e.at, e.id")
    List<DossierEntry> findByInvoiceIdOrderByAtAscIdAsc(@Param("invoiceId") Long invoiceId);

    @Query("select e from DossierEntry e where e.invoiceId = :invoiceId and e.type = :type order by e.at, e.id")
    List<DossierEntry> findByInvoiceIdAndTypeOrderByAtAscIdAsc(@Param("invoiceId") Long invoiceId,
            @Param("type") EntryType type);

    /** The account's own entries (those not of one invoice), in no order. */
    @Query("select e from DossierEntry e where e.customerId = :customerId")
    List<DossierEntry> findByCustomerId(@Param("customerId") Long customerId);

    /**
     * The entries of the customer's invoices, in no order. A query of its own, not an {@code or} beside the account's entries:
     * with the {@code or} neither database could use an index, and every call briefing read the whole table.
     */
    @Query("""
            select e from DossierEntry e join Invoice i on e.invoiceId = i.id
            where i.customer.id = :customerId""")
    List<DossierEntry> findOfInvoicesOfCustomer(@Param("customerId") Long customerId);

    @Query("select count(e) from DossierEntry e where e.customerId = :customerId and e.type = :type")
    long countByCustomerIdAndType(@Param("customerId") Long customerId, @Param("type") EntryType type);

    @Query("""
            select count(e) from DossierEntry e join Invoice i on e.invoiceId = i.id
            where i.customer.id = :customerId and e.type = :type""")
    long countOfInvoicesOfCustomer(@Param("customerId") Long customerId, @Param("type") EntryType type);
}
