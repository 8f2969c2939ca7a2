package org.collections.worklist;

import java.math.BigDecimal;
import java.util.List;
import org.collections.customer.CustomerRepository;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.InvoiceStatus;
import org.collections.policy.SchedulePlanner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The priority of a task about one invoice, or about a customer (all its open invoices), as of now. */
@Service
public class TaskPriorities {

    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final SchedulePlanner planner;

    public TaskPriorities(InvoiceRepository invoices, CustomerRepository customers, SchedulePlanner planner) {
        this.invoices = invoices;
        this.customers = customers;
        this.planner = planner;
    }

    @Transactional(readOnly = true)
    public int forInvoice(long invoiceId) {
        return invoices.findById(invoiceId).map(i -> of(List.of(i))).orElse(0);
    }

    /** A customer's call or plan: everything it owes on open invoices, and its oldest debt. */
    @Transactional(readOnly = true)
    public int forCustomer(String customerNumber) {
        return customers.findByNumber(customerNumber)
                .map(c -> of(invoices.findByCustomerIdAndStatusOrderByDueDateAscNumberAsc(c.getId(),
                        InvoiceStatus.OPEN)))
                .orElse(0);
    }

    private int of(List<Invoice> open) {
        BigDecimal atRisk = open.stream().map(i -> i.balance().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        long days = open.stream().mapToLong(i -> planner.daysOverdue(i.getDueDate())).max().orElse(0);
        return TaskPriority.of(atRisk, days);
    }
}
