package org.collections.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.collections.invoice.InvoiceRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    /** Open invoices per customer and currency; only customers with an open invoice due in [dueFrom, dueTo]. */
    String PORTFOLIO = "select new org.collections.customer.AccountRow(c.number, c.name, i.currency, count(i), sum("
            + InvoiceRepository.BALANCE + "), sum(case when i.dueDate < :today then " + InvoiceRepository.BALANCE
            + " else 0 end), min(i.dueDate)) " + """
            from Invoice i join i.customer c
            where i.status = org.collections.invoice.InvoiceStatus.OPEN
              and exists (select j.id from Invoice j where j.customer = c
                          and j.status = org.collections.invoice.InvoiceStatus.OPEN
                          and j.dueDate >= :dueFrom and j.dueDate <= :dueTo)
            group by c.number, c.name, i.currency
            """;
    String PORTFOLIO_COUNT = """
            select count(distinct concat(c.number, '/', i.currency))
            from Invoice i join i.customer c
            where i.status = org.collections.invoice.InvoiceStatus.OPEN
              and exists (select j.id from Invoice j where j.customer = c
                          and j.status = org.collections.invoice.InvoiceStatus.OPEN
                          and j.dueDate >= :dueFrom and j.dueDate <= :dueTo)
            """;

    @Query("select new org.collections.customer.AccountPortfolioView$Total(i.currency, count(distinct c.id), sum("
            + InvoiceRepository.BALANCE + "), sum(case when i.dueDate < :today then " + InvoiceRepository.BALANCE
            + " else 0 end)) " + """
            from Invoice i join i.customer c
            where i.status = org.collections.invoice.InvoiceStatus.OPEN
              and exists (select j.id from Invoice j where j.customer = c
                          and j.status = org.collections.invoice.InvoiceStatus.OPEN
                          and j.dueDate >= :dueFrom and j.dueDate <= :dueTo)
            group by i.currency
            order by i.currency""")
    List<AccountPortfolioView.Total> portfolioTotals(@Param("today") LocalDate today,
            @Param("dueFrom") LocalDate dueFrom, @Param("dueTo") LocalDate dueTo);

    /** Most at risk first: the most money overdue, then the oldest debt. */
    @Query(value = PORTFOLIO + " order by sum(case when i.dueDate < :today then " + InvoiceRepository.BALANCE
            + " else 0 end) desc, min(i.dueDate) asc, c.number asc",
            countQuery = PORTFOLIO_COUNT)
    Page<AccountRow> portfolioByRisk(@Param("today") LocalDate today, @Param("dueFrom") LocalDate dueFrom,
            @Param("dueTo") LocalDate dueTo, Pageable page);

    @Query(value = PORTFOLIO + " order by sum(" + InvoiceRepository.BALANCE + ") desc, c.number asc",
            countQuery = PORTFOLIO_COUNT)
    Page<AccountRow> portfolioByBalance(@Param("today") LocalDate today, @Param("dueFrom") LocalDate dueFrom,
            @Param("dueTo") LocalDate dueTo, Pageable page);

    @Query(value = PORTFOLIO + " order by c.number asc, i.currency asc", countQuery = PORTFOLIO_COUNT)
    Page<AccountRow> portfolioByNumber(@Param("today") LocalDate today, @Param("dueFrom") LocalDate dueFrom,
            @Param("dueTo") LocalDate dueTo, Pageable page);

    @Query("select c from Customer c where c.number = :number")
    Optional<Customer> findByNumber(@Param("number") String number);

    /** Customers whose name holds this word: the candidates for a payer's name, checked word by word after. */
    List<Customer> findFirst50ByNameContainingIgnoreCaseOrderByIdAsc(String word);

}
