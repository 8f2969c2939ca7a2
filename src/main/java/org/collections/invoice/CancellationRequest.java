package org.collections.invoice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.collections.text.InputLimits;

/** Body of {@code POST /api/invoices/{number}/cancellation}: why the invoicing system cancelled the invoice. */
public record CancellationRequest(
        @NotBlank @Size(max = InputLimits.CHANGE_REASON, message = RegisterInvoiceRequest.TOO_LONG) String reason) {
}
