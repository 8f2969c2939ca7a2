package org.collections.invoice;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Collects rule violations field by field, so a caller learns about every bad field at once. */
public final class FieldErrors {

    /** invoice amounts are numeric(19,4): 15 digits before the point */
    private static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(15);
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1970, 1, 1);
    private static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);


    /** Also the message of the length cap, so a too long code reads the same as a wrong one. */
    public static final String CURRENCY_CODE = "must be an ISO 4217 currency code such as EUR or USD";
    public static final String COUNTRY_CODE = "must be an ISO 3166 alpha-2 country code such as NL or US";

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Set<String> unreadable = new HashSet<>();

    /**
     * Starts with the fields that could not even be read (see {@link Parsed}); a later rule about such a field is
     * left out: an unreadable value is null now, and "is required" would only hide why.
     */
    public static FieldErrors of(Map<String, String> unreadable) {
        FieldErrors errors = new FieldErrors();
        unreadable.forEach(errors::reject);
        errors.unreadable.addAll(unreadable.keySet());
        return errors;
    }

    /** The fields that could not even be read, then bean validation's messages for the others. */
    public static FieldErrors validate(Validator validator, Object request, Map<String, String> unreadable) {
        FieldErrors errors = of(unreadable);
        validator.validate(request).forEach(v ->
                // a list's element itself (a null in the list) is named like the element: contacts[0]
                errors.reject(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()));
        return errors;
    }

    /**
     * The checks of a payment's {@code amount}, {@code currency} and {@code paidAt} beyond bean validation's (a
     * payment to an invoice or to a customer account; {@code today} in the business's zone); answers the currency,
     * null when the code names none.
     */
    public Currency checkPayment(BigDecimal amount, String currencyCode, LocalDate paidAt, LocalDate today) {
        Currency currency = currencyOrNull(currencyCode);
        check(currency != null || has("currency"), "currency", CURRENCY_CODE)
                .checkScale(amount, currency, "amount")
                .checkDate(paidAt, "paidAt");
        // what an invoice owes is worked out as of today: a payment dated later would be confirmed and not count
        check(paidAt == null || !paidAt.isAfter(today), "paidAt", "must not be after today (" + today
                + "): report a payment once it has come in");
        return currency;
    }

    public FieldErrors reject(String field, String message) {
        if (unreadable.contains(field)) {
            return this;
        }
        errors.merge(field, message, (a, b) -> a + "; " + b);
        return this;
    }

    public FieldErrors check(boolean ok, String field, String message) {
        return ok ? this : reject(field, message);
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** How many fields are wrong so far: a reader of a large file stops collecting at some point. */
    public int size() {
        return errors.size();
    }

    /** A text must fit where it is kept; an absent text fits. */
    public FieldErrors maxLength(String value, int max, String field) {
        return check(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    /**
     * An amount must fit its currency (no more decimals than the currency has: EUR 2, JPY 0) and its column (15
     * digits before the point). Checked on the value itself: {@code @Digits} counts digits in an int, which an
     * exponent such as 1E+2147483647 overflows.
     */
    public FieldErrors checkScale(BigDecimal amount, Currency currency, String field) {
        if (amount != null && tooLarge(amount)) {
            reject(field, "is too large");
            return this;
        }
        if (amount != null && currency != null && amount.stripTrailingZeros().scale() > Money.scaleOf(currency)) {
            reject(field, "at most " + Money.scaleOf(currency) + " decimals for " + currency.getCurrencyCode());
        }
        return this;
    }

    private static boolean tooLarge(BigDecimal amount) {
        return amount.abs().compareTo(AMOUNT_LIMIT) >= 0;
    }

    /** Dates of invoices, payments and promises: far enough apart for any business, near enough to compute with. */
    public FieldErrors checkDate(LocalDate date, String field) {
        return check(date == null || !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE), field,
                "must be between " + EARLIEST_DATE + " and " + LATEST_DATE);
    }

    /** Reads a required date from a form value; Tasklist's date picker may send a date-time, whose date counts. */
    public LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            checkDate(date, field);
            return has(field) ? null : date;
        } catch (DateTimeParseException e) {
            reject(field, "must be a date (yyyy-MM-dd)");
            return null;
        }
    }

    /** Reads a required amount from a form value: Tasklist sends numbers as integer or double, REST maybe text. */
    public BigDecimal amount(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            reject(field, "is required");
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.toString().strip());
            if (tooLarge(amount)) {
                reject(field, "is too large");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            reject(field, "must be a number");
            return null;
        }
    }

    /** Reads a required value of an enumeration from a form value. */
    public <E extends Enum<E>> E oneOf(String value, Class<E> type, String field) {
        return oneOf(value, type, constant -> true, field);
    }

    /**
     * One of the constants {@code allowed} here: an unknown value and a constant not allowed here are told the same
     * list, of the allowed ones only.
     */
    public <E extends Enum<E>> E oneOf(String value, Class<E> type, java.util.function.Predicate<E> allowed,
            String field) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        java.util.List<E> choices = java.util.Arrays.stream(type.getEnumConstants()).filter(allowed).toList();
        java.util.Optional<E> chosen = choices.stream().filter(c -> c.name().equals(value)).findFirst();
        if (chosen.isEmpty()) {
            reject(field, "must be one of " + choices.stream().map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        return chosen.orElse(null);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static Currency currencyOrNull(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code);
            // XXX (no currency), gold, silver, test and fund units: no money an invoice is written in
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
