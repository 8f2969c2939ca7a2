package org.collections.invoice;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.collections.text.InputLimits;

/**
 * Body of {@code POST /api/invoices/{number}/credit-notes}: a credit note the invoicing system issued, in the
 * invoice's currency; {@code reference} is its number there and makes a repeat recognisable.
 */
public record CreditNoteRequest(
        @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotBlank @Size(max = InputLimits.CREDIT_NOTE_REFERENCE, message = RegisterInvoiceRequest.TOO_LONG)
        String reference,
        @Size(max = InputLimits.CHANGE_REASON, message = RegisterInvoiceRequest.TOO_LONG) String reason) {
}
