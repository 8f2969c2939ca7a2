package org.collections.invoice;

import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    /** What an invoice {@code i} owes, as {@link Invoice#balance()} computes it, for the queries that add it up. */
    String BALANCE = "(i.amount + i.fees + i.interest + i.costs - i.paid - i.credited)";

    @Query("select i from Invoice i where i.number = :number")
    Optional<Invoice> findByNumber(@Param("number") String number);

    /** The invoices among these numbers: the numbers a payer wrote in the remittance text. */
    @Query("select i from Invoice i where i.number in :numbers")
    List<Invoice> findByNumberIn(@Param("numbers") java.util.Collection<String> numbers);

    /** Open invoices of exactly this amount: the likely targets of a payment nothing else names. */
    @Query("""
            select i from Invoice i
            where i.status = :status and i.currency = :currency and i.amount = :amount
            order by i.dueDate, i.number limit 8""")
    List<Invoice> findFirst8ByStatusAndCurrencyAndAmountOrderByDueDateAscNumberAsc(
            @Param("status") InvoiceStatus status, @Param("currency") String currency,
            @Param("amount") java.math.BigDecimal amount);

    @Query("select i from Invoice i where i.customer.id = :customerId order by i.dueDate, i.number")
    List<Invoice> findByCustomerIdOrderByDueDateAscNumberAsc(@Param("customerId") Long customerId);

    /** Whether another open invoice of the customer still holds work stopped. */
    @Query("""
            select case when count(i) > 0 then true else false end from Invoice i
            where i.customer.id = :customerId and i.status = :status and i.workStopped = true and i.id <> :id""")
    boolean existsByCustomerIdAndStatusAndWorkStoppedTrueAndIdNot(@Param("customerId") Long customerId,
            @Param("status") InvoiceStatus status, @Param("id") Long id);

    @Query("""
            select i from Invoice i
            where i.customer.id = :customerId and i.status = :status
            order by i.dueDate, i.number""")
    List<Invoice> findByCustomerIdAndStatusOrderByDueDateAscNumberAsc(@Param("customerId") Long customerId,
            @Param("status") InvoiceStatus status);

    /**
     * Whether the number is taken. Without Hibernate's flush before the query: invoices are inserted as they are
     * saved (identity ids), and flushing first made each row of a batch check every entity the batch had loaded.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select case when count(i) > 0 then true else false end from Invoice i where i.number = :number")
    boolean existsByNumber(@Param("number") String number);

    /**
     * Open invoices due on or before {@code dueTo} whose claim was last booked before {@code today} (or never), after
     * {@code afterId}, by id: the nightly booking's next batch.
     */
    @Query("""
            select i.id from Invoice i where i.status = org.collections.invoice.InvoiceStatus.OPEN
            and i.dueDate <= :dueTo and (i.interestUntil is null or i.interestUntil < :today) and i.id > :afterId
            order by i.id""")
    List<Long> findClaimsToBook(@Param("dueTo") LocalDate dueTo, @Param("today") LocalDate today,
            @Param("afterId") long afterId, Pageable pageable);

    @Query("select i.id from Invoice i where i.number = :number")
    Optional<Long> findIdByNumber(@Param("number") String number);

    @Query("""
            select i from Invoice i
            where (:status is null or i.status = :status)
              and i.dueDate >= :dueFrom and i.dueDate <= :dueTo
            order by i.dueDate, i.number""")
    Page<Invoice> findPortfolio(@Param("status") InvoiceStatus status, @Param("dueFrom") LocalDate dueFrom,
            @Param("dueTo") LocalDate dueTo, Pageable pageable);

    /** Count and balance per currency and due date: one pass over the portfolio, bucketed by age in Java. */
    @Query("select new org.collections.invoice.PortfolioTotal(i.currency, i.dueDate, count(i), sum(" + BALANCE + ")) "
            + """
            from Invoice i
            where (:status is null or i.status = :status)
            group by i.currency, i.dueDate""")
    List<PortfolioTotal> totals(@Param("status") InvoiceStatus status);
}
