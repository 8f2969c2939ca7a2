package org.collections.invoice;

import org.collections.customer.Customer;
import org.collections.customer.CustomerType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.collections.dossier.DossierEntry;
import org.collections.policy.Stage;

/** Answer of {@code GET /api/invoices/{number}}: the invoice, its account, its next step and its dossier. */
public record InvoiceView(
        String number,
        InvoiceStatus status,
        Stage stage,
        String currency,
        BigDecimal amount,
        BigDecimal fees,
        BigDecimal paid,
        BigDecimal credited,
        BigDecimal balance,
        LocalDate issueDate,
        LocalDate dueDate,
        long daysOverdue,
        boolean ongoingWork,
        CustomerView customer,
        String nextStep,
        Instant nextStepAt,
        List<Entry> dossier) {

    public record CustomerView(String number, String name, String email, String phone, String address, CustomerType type,
            String locale, String timeZone, String country) {

        static CustomerView of(Customer c) {
            return new CustomerView(c.getNumber(), c.getName(), c.getEmail(), c.getPhone(), c.getAddress(), c.getType(),
                    c.getLocale(), c.getTimeZone(), c.getCountry());
        }
    }

    public record Entry(Instant at, String type, String summary, String actor) {

        public static Entry of(DossierEntry e) {
            return new Entry(e.getAt(), e.getType().name(), e.getSummary(), e.getActor());
        }
    }

    static InvoiceView of(Invoice i, long daysOverdue, CaseProgress.NextStep next, List<DossierEntry> dossier) {
        return new InvoiceView(i.getNumber(), i.getStatus(), i.getStage(), i.currency().getCurrencyCode(),
                i.amount().amount(), i.fees().amount(), i.paid().amount(), i.credited().amount(),
                i.balance().amount(), i.getIssueDate(), i.getDueDate(), i.isOpen() ? daysOverdue : 0,
                i.hasOngoingWork(), CustomerView.of(i.getCustomer()),
                next == null ? null : next.name(), next == null ? null : next.at(),
                dossier.stream().map(Entry::of).toList());
    }
}
