package org.collections.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.collections.invoice.AgingBucket;
import org.collections.invoice.CaseProgress;
import org.collections.invoice.InvoiceStatus;
import org.collections.plan.PlanView;
import org.collections.policy.Stage;

/**
 * {@code GET /api/customers/{number}}: the account as a whole. {@code balance} is everything owed on open invoices
 * in the account's {@code currency} (that of its latest invoice); {@code balances} has every currency when the
 * customer owes in more than one. {@code credit} is the money the customer has on the account beyond its invoices,
 * per currency (account payments that no open invoice took), used for its next invoice in that currency.
 * {@code plans} are the customer's payment plans, oldest first, each with its status (a plan ended by a customer-wide
 * stop is {@code STOPPED}), its invoices and its instalments.
 */
public record AccountView(
        String number,
        String name,
        CustomerType type,
        String email,
        String phone,
        String address,
        String locale,
        String timeZone,
        String country,
        String paymentReference,
        List<ContactData> contacts,
        String currency,
        BigDecimal balance,
        List<Amount> balances,
        List<Amount> credit,
        List<AgingTotal> aging,
        List<InvoiceRow> invoices,
        List<CaseProgress.OpenTask> openTasks,
        List<Promise> promises,
        List<PlanView> plans,
        List<Entry> dossier) {

    /** A dossier entry of the account ({@code invoice} null) or of one of its invoices. */
    public record Entry(Instant at, String type, String summary, String actor, String invoice) {
    }

    public record Amount(String currency, BigDecimal amount) {
    }

    public record AgingTotal(AgingBucket bucket, String currency, long count, BigDecimal balance) {
    }

    public record InvoiceRow(String number, InvoiceStatus status, Stage stage, String currency, BigDecimal amount,
            BigDecimal balance, LocalDate dueDate, long daysOverdue, AgingBucket aging) {
    }

    /** A promise to pay made in one call, for the invoices it covers. */
    public record Promise(LocalDate promisedDate, List<String> invoices, Instant madeAt, String madeBy,
            boolean open) {
    }
}
