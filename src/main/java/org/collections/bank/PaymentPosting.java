package org.collections.bank;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.collections.claim.ClaimService;
import org.collections.customer.AccountPaymentRequest;
import org.collections.customer.AccountPaymentService;
import org.collections.invoice.Money;
import org.collections.invoice.PaymentOutcome;
import org.collections.invoice.PaymentService;
import org.collections.invoice.RecordPaymentRequest;
import org.springframework.stereotype.Component;

/**
 * Books money that came in as a payment to an invoice or to a customer account would be booked through the API: the
 * same checks, dossier entries, credit and end of the case, under a reference of its own. An entry the bank booked on
 * a later day than the business's today (a bank in another zone, a statement dated ahead) is booked as paid today:
 * the money is there, and what an invoice owes is worked out as of today.
 */
@Component
class PaymentPosting {

    private final PaymentService payments;
    private final AccountPaymentService accountPayments;
    private final ClaimService claims;

    PaymentPosting(PaymentService payments, AccountPaymentService accountPayments, ClaimService claims) {
        this.payments = payments;
        this.accountPayments = accountPayments;
        this.claims = claims;
    }

    PaymentOutcome onInvoice(String invoiceNumber, Money amount, LocalDate bookedOn, String reference, String actor) {
        return payments.record(invoiceNumber, new RecordPaymentRequest(amount.amount(),
                amount.currency().getCurrencyCode(), paidAt(bookedOn), reference), Map.of(), actor);
    }

    private LocalDate paidAt(LocalDate bookedOn) {
        LocalDate today = claims.today();
        return bookedOn.isAfter(today) ? today : bookedOn;
    }

    /** {@code allocations} empty: the oldest due date first. */
    void onAccount(String customerNumber, Money amount, LocalDate bookedOn, String reference,
            List<PaymentMatch.Allocation> allocations, String actor) {
        accountPayments.pay(customerNumber, new AccountPaymentRequest(amount.amount(),
                amount.currency().getCurrencyCode(), paidAt(bookedOn), reference, allocations.isEmpty() ? null
                        : allocations.stream().map(a -> new AccountPaymentRequest.Allocation(a.invoiceNumber(),
                                a.amount())).toList()), Map.of(), actor);
    }
}
