package org.collections.bank;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.collections.customer.AccountPaymentRequest;
import org.collections.customer.AccountPaymentService;
import org.collections.invoice.Money;
import org.collections.invoice.PaymentOutcome;
import org.collections.invoice.PaymentService;
import org.collections.invoice.RecordPaymentRequest;
import org.springframework.stereotype.Component;

/**
 * Books money that came in as a payment to an invoice or to a customer account would be booked through the API: the
 * same checks, dossier entries, credit and end of the case, under a reference of its own.
 */
@Component
class PaymentPosting {

    private final PaymentService payments;
    private final AccountPaymentService accountPayments;

    PaymentPosting(PaymentService payments, AccountPaymentService accountPayments) {
        this.payments = payments;
        this.accountPayments = accountPayments;
    }

    PaymentOutcome onInvoice(String invoiceNumber, Money amount, LocalDate paidAt, String reference, String actor) {
        return payments.record(invoiceNumber, new RecordPaymentRequest(amount.amount(),
                amount.currency().getCurrencyCode(), paidAt, reference), Map.of(), actor);
    }

    /** {@code allocations} empty: the oldest due date first. */
    void onAccount(String customerNumber, Money amount, LocalDate paidAt, String reference,
            List<PaymentMatch.Allocation> allocations, String actor) {
        accountPayments.pay(customerNumber, new AccountPaymentRequest(amount.amount(),
                amount.currency().getCurrencyCode(), paidAt, reference, allocations.isEmpty() ? null
                        : allocations.stream().map(a -> new AccountPaymentRequest.Allocation(a.invoiceNumber(),
                                a.amount())).toList()), Map.of(), actor);
    }
}
