package org.collections.invoice;

import org.collections.customer.CustomerType;
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
import java.util.List;
import org.collections.text.InputLimits;

/**
 * Body of {@code POST /api/invoices}; field names are a contract with other systems. Every text is capped at what
 * its column holds (V1__collections.sql), so that too long input is a field message, never a database error.
 */
public record RegisterInvoiceRequest(
        @NotBlank @Size(max = InputLimits.INVOICE_NUMBER, message = TOO_LONG)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "letters, digits, '.', '_' and '-' only, starting with a letter or digit") String number,
        @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotBlank @Size(max = InputLimits.CURRENCY, message = FieldErrors.CURRENCY_CODE) String currency,
        @NotNull LocalDate issueDate,
        @NotNull LocalDate dueDate,
        Boolean ongoingWork,
        Boolean lateFeeAllowed,
        @NotNull @Valid CustomerData customer) {

    static final String TOO_LONG = "must be at most {max} characters";
    static final String PHONE = "\\+?[0-9 ()./-]{5,}";

    /**
     * The customer: with a {@code number} already known, every other field may stay empty (the stored data is
     * used) and a field given replaces the stored one; for a new account name, email, phone, address, type and
     * country are required. {@code contacts}, when given, replaces the account's other contacts.
     */
    public record CustomerData(
            @Size(max = InputLimits.CUSTOMER_NUMBER, message = TOO_LONG)
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                    message = "letters, digits, '.', '_' and '-' only, starting with a letter or digit") String number,
            @Size(max = InputLimits.CUSTOMER_NAME, message = TOO_LONG) String name,
            @Email @Size(max = InputLimits.CUSTOMER_EMAIL, message = TOO_LONG) String email,
            @Size(max = InputLimits.CUSTOMER_PHONE, message = TOO_LONG)
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @Size(max = InputLimits.CUSTOMER_ADDRESS, message = TOO_LONG) String address,
            CustomerType type,
            @Size(max = InputLimits.CUSTOMER_LOCALE, message = TOO_LONG) String locale,
            @Size(max = InputLimits.CUSTOMER_TIME_ZONE, message = TOO_LONG) String timeZone,
            @Size(max = InputLimits.COUNTRY, message = FieldErrors.COUNTRY_CODE) String country,
            @Size(max = InputLimits.CUSTOMER_CONTACTS, message = "at most {max} contacts")
            List<@NotNull @Valid Contact> contacts) {

        /** Only the customer's number: the stored customer. */
        public static CustomerData known(String number) {
            return new CustomerData(number, null, null, null, null, null, null, null, null, null);
        }
    }

    /** Someone else to reach at the customer (accounts payable, the office, a manager). */
    public record Contact(
            @NotBlank @Size(max = InputLimits.CONTACT_ROLE, message = TOO_LONG) String role,
            @NotBlank @Size(max = InputLimits.CUSTOMER_NAME, message = TOO_LONG) String name,
            @Size(max = InputLimits.CUSTOMER_PHONE, message = TOO_LONG)
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @Email @Size(max = InputLimits.CUSTOMER_EMAIL, message = TOO_LONG) String email) {
    }
}
