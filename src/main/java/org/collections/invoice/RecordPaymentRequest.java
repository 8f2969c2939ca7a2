package org.collections.invoice;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.collections.text.InputLimits;

/** Body of {@code POST /api/invoices/{number}/payments}; texts capped at their columns like the invoice's. */
public record RecordPaymentRequest(
        @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotBlank @Size(max = InputLimits.CURRENCY, message = FieldErrors.CURRENCY_CODE) String currency,
        @NotNull LocalDate paidAt,
        @NotBlank @Size(max = InputLimits.PAYMENT_REFERENCE, message = RegisterInvoiceRequest.TOO_LONG) String reference) {
}
