package org.collections.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.collections.invoice.FieldErrors;
import org.collections.text.InputLimits;

/**
 * Body of {@code POST /api/customers/{number}/payments}: a payment to the account as a whole. Without
 * {@code allocations} (or with none) it is booked on the customer's open invoices in its currency, the oldest due
 * date first; with them, each named invoice gets the amount named, and together they must make up {@code amount}.
 */
public record AccountPaymentRequest(
        @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotBlank @Size(max = InputLimits.CURRENCY, message = FieldErrors.CURRENCY_CODE) String currency,
        @NotNull LocalDate paidAt,
        @NotBlank @Size(max = InputLimits.PAYMENT_REFERENCE, message = TOO_LONG) String reference,
        @Size(max = InputLimits.PAYMENT_ALLOCATIONS, message = "at most {max} invoices")
        List<@NotNull @Valid Allocation> allocations) {

    static final String TOO_LONG = "must be at most {max} characters";

    /** How much of the payment goes to one invoice of the customer. */
    public record Allocation(
            @NotBlank @Size(max = InputLimits.INVOICE_NUMBER, message = TOO_LONG) String invoice,
            @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount) {
    }
}
