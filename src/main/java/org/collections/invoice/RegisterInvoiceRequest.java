package org.collections.invoice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST /api/invoices}; field names are a contract with other systems. Every text is capped at what
 * its column holds (V1__collections.sql), so that too long input is a field message, never a database error.
 */
public record RegisterInvoiceRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "letters, digits, '.', '_' and '-' only, starting with a letter or digit") String number,
        @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotBlank @Size(max = 3, message = FieldErrors.CURRENCY_CODE) String currency,
        @NotNull LocalDate issueDate,
        @NotNull LocalDate dueDate,
        Boolean ongoingWork,
        Boolean lateFeeAllowed,
        @NotNull @Valid CustomerData customer) {

    public record CustomerData(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 50) @Pattern(regexp = "\\+?[0-9 ()./-]{5,}", message = "must be a phone number") String phone,
            @NotBlank @Size(max = 500) String address,
            @NotNull CustomerType type,
            @Size(max = 10) String locale,
            @Size(max = 50) String timeZone,
            @NotBlank @Size(max = 2, message = FieldErrors.COUNTRY_CODE) String country) {
    }
}
