package org.collections.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.collections.invoice.InvoiceStatus;
import org.collections.invoice.Payment;

/**
 * Answer of {@code POST /api/customers/{number}/payments}: what was booked on which invoice, what each invoice owed
 * and its status after it, and the account's credit in the payment's currency after it.
 */
public record AccountPaymentView(String customer, String reference, BigDecimal amount, String currency,
        LocalDate paidAt, List<Allocation> allocations, BigDecimal credit) {

    public record Allocation(String invoice, BigDecimal amount, BigDecimal balance, InvoiceStatus status) {
    }

    static AccountPaymentView of(String customerNumber, AccountPayment payment, List<Payment> parts) {
        return new AccountPaymentView(customerNumber, payment.getReference(), payment.amount().amount(),
                payment.amount().currency().getCurrencyCode(), payment.getPaidAt(),
                parts.stream().map(p -> new Allocation(p.getInvoiceNumber(), p.amount().amount(),
                        p.balanceAfter().amount(), p.getInvoiceStatusAfter())).toList(),
                payment.creditAfter().amount());
    }
}
