package org.collections.letters;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.collections.invoice.CreditorReference;
import org.collections.invoice.Money;

/**
 * A SEPA credit transfer as the EPC QR code ("GiroCode", EPC069-12 version 002) carries it: a banking app that
 * scans the code fills in the beneficiary, the IBAN, the amount and the structured reference, so the customer types
 * nothing and the payment arrives with the reference that books it on the right invoice or account.
 *
 * <p>The rules of EPC069-12 are checked here, not left to the bank app: a payload it refuses (or worse, reads
 * differently) would reach every customer before anyone notices.
 *
 * @param bic the beneficiary's BIC; may be empty, version 002 does not require it inside the EEA
 * @param name the beneficiary (the account holder), at most 70 characters
 * @param iban the beneficiary's IBAN, spaces as configured (they are removed)
 * @param amount what to pay, in euros; {@code null} or zero leaves the amount to the payer
 * @param reference the structured creditor reference (RF) the payment is booked with
 */
public record EpcPayment(String bic, String name, String iban, Money amount, CreditorReference reference) {

    public static final Currency EUR = Currency.getInstance("EUR");

    /** EPC069-12: the code must fit QR version 13 at error correction level M, 331 bytes. */
    public static final int MAX_BYTES = 331;
    public static final int MAX_NAME = 70;
    private static final int MAX_IBAN = 34;
    private static final int MAX_REFERENCE = 35;
    private static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    public EpcPayment {
        bic = bic == null ? "" : bic.strip();
        name = Objects.requireNonNull(name, "name").strip();
        iban = Objects.requireNonNull(iban, "iban").replaceAll("\\s", "");
        Objects.requireNonNull(reference, "reference");
        if (!bic.isEmpty() && !bic.matches("[A-Z0-9]{8}([A-Z0-9]{3})?")) {
            throw new IllegalArgumentException("an EPC QR code's BIC has 8 or 11 letters and digits, not " + bic);
        }
        int characters = name.codePointCount(0, name.length());
        if (characters == 0 || characters > MAX_NAME) {
            throw new IllegalArgumentException("an EPC QR code's beneficiary name has 1 to " + MAX_NAME
                    + " characters, not " + characters + ": " + name);
        }
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}") || iban.length() > MAX_IBAN) {
            throw new IllegalArgumentException("an EPC QR code needs an IBAN, not " + iban);
        }
        if (amount != null) {
            if (!EUR.equals(amount.currency())) {
                throw new IllegalArgumentException("an EPC QR code is for euros (SEPA) only, not " + amount);
            }
            if (amount.amount().signum() > 0 && (amount.amount().compareTo(MIN_AMOUNT) < 0
                    || amount.amount().compareTo(MAX_AMOUNT) > 0)) {
                throw new IllegalArgumentException("an EPC QR code's amount is EUR 0.01 to 999999999.99, not "
                        + amount);
            }
            if (amount.isNegative()) {
                throw new IllegalArgumentException("an EPC QR code cannot ask for a negative amount: " + amount);
            }
        }
        if (reference.electronic().length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("a structured reference has at most " + MAX_REFERENCE
                    + " characters: " + reference);
        }
        int bytes = payload(bic, name, iban, amount, reference).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("an EPC QR code holds at most " + MAX_BYTES + " bytes, this one "
                    + bytes + " (the beneficiary name " + name + " is too long in UTF-8)");
        }
    }

    /** Whether an amount can be asked for in the code at all: euros, within what EPC069-12 allows. */
    public static boolean payable(Money amount) {
        return EUR.equals(amount.currency()) && amount.amount().compareTo(MIN_AMOUNT) >= 0
                && amount.amount().compareTo(MAX_AMOUNT) <= 0;
    }

    /**
     * The text the QR code holds, line by line in the order EPC069-12 fixes: service tag, version, character set
     * (1 = UTF-8), identification, BIC, name, IBAN, amount, purpose (none), structured reference. The unstructured
     * remittance text and the note to the payer are left out: the standard allows only one of the two remittances,
     * and the structured one is what books the payment. The last line has no separator after it.
     */
    public String payload() {
        return payload(bic, name, iban, amount, reference);
    }

    private static String payload(String bic, String name, String iban, Money amount, CreditorReference reference) {
        return String.join("\n", List.of("BCD", "002", "1", "SCT", bic, name, iban,
                amount == null || !amount.isPositive() ? "" : "EUR" + amount.amount().setScale(2).toPlainString(),
                "", reference.electronic()));
    }
}
