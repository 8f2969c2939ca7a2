package org.collections.invoice;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * The structured creditor reference (ISO 11649, "RF" reference) a customer pays with: the bank carries it unchanged
 * to the statement, so a payment with it is booked without a person reading the remittance text. One per invoice and
 * one per customer account, made from the record's id (which never changes) behind a digit that says which of the
 * two it is: {@code 1} an invoice, {@code 2} an account. The check digits are ISO 7064 MOD 97-10, as in an IBAN, so
 * a mistyped reference is recognised as not ours instead of being booked on another invoice.
 */
public record CreditorReference(Kind kind, long id) {

    public enum Kind {
        INVOICE('1'), ACCOUNT('2');

        private final char digit;

        Kind(char digit) {
            this.digit = digit;
        }
    }

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    /** ISO 11649: at most 21 characters after "RF" and the two check digits */
    private static final int MAX_BODY = 21;

    public CreditorReference {
        if (id <= 0) {
            throw new IllegalArgumentException("a creditor reference is made from a stored record's id");
        }
    }

    public static CreditorReference invoice(long id) {
        return new CreditorReference(Kind.INVOICE, id);
    }

    public static CreditorReference account(long id) {
        return new CreditorReference(Kind.ACCOUNT, id);
    }

    /** The reference in its electronic form, as a QR code and a bank carry it: {@code RF} and digits, no spaces. */
    public String electronic() {
        String body = kind.digit + String.format(Locale.ROOT, "%08d", id);
        return "RF" + checkDigits(body) + body;
    }

    /** The reference as printed for a person to type: groups of four, as ISO 11649 shows it on paper. */
    public String printed() {
        String electronic = electronic();
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < electronic.length(); i += 4) {
            printed.append(i == 0 ? "" : " ").append(electronic, i, Math.min(i + 4, electronic.length()));
        }
        return printed.toString();
    }

    @Override
    public String toString() {
        return electronic();
    }

    /**
     * Reads a reference as a payer or bank gave it (spaces and case as typed); empty when it is no valid RF
     * reference (wrong check digits included) or not one of ours.
     */
    public static Optional<CreditorReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("RF[0-9]{2}[0-9A-Z]{1," + MAX_BODY + "}") || !isValid(compact)) {
            return Optional.empty();
        }
        String body = compact.substring(4);
        if (!body.matches("[12][0-9]{8,18}")) {
            return Optional.empty();
        }
        Kind kind = body.charAt(0) == Kind.INVOICE.digit ? Kind.INVOICE : Kind.ACCOUNT;
        long id = Long.parseLong(body.substring(1));
        return id > 0 ? Optional.of(new CreditorReference(kind, id)) : Optional.empty();
    }

    /** Whether the text is an RF creditor reference with the right check digits, of ours or of anyone else. */
    public static boolean isWellFormed(String text) {
        String compact = text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return compact.matches("RF[0-9]{2}[0-9A-Z]{1," + MAX_BODY + "}") && isValid(compact);
    }

    /** ISO 11649: the reference with "RF" and its check digits moved to the end, letters as numbers, mod 97 is 1. */
    static boolean isValid(String compact) {
        return numeric(compact.substring(4) + compact.substring(0, 4)).mod(NINETY_SEVEN).intValue() == 1;
    }

    private static String checkDigits(String body) {
        int remainder = numeric(body + "RF00").mod(NINETY_SEVEN).intValue();
        return String.format(Locale.ROOT, "%02d", 98 - remainder);
    }

    /** A = 10 ... Z = 35, digits as they are. */
    private static BigInteger numeric(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        return new BigInteger(digits.toString());
    }
}
