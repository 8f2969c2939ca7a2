package org.collections.letters;

import java.util.Collection;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.collections.invoice.CreditorReference;
import org.collections.invoice.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The EPC QR code a letter carries beside its payment instruction, for the business's account
 * ({@code collections.letters.sender.bank}). Only letters in euros get one: the code is a SEPA credit transfer.
 * Without an IBAN no letter gets one, and start-up says so once.
 */
@Component
public class PaymentCodes {

    private static final Logger log = LoggerFactory.getLogger(PaymentCodes.class);

    /** What a letter shows: the code's image ({@code data:} URI) and the reference printed for people who type. */
    public record PaymentCode(String payload, String image, String reference) {
    }

    private final String iban;
    private final String bic;
    private final String beneficiary;

    public PaymentCodes(LettersProperties properties) {
        LettersProperties.Bank bank = properties.sender().bank();
        this.iban = bank == null || bank.iban() == null ? "" : bank.iban().replaceAll("\\s", "");
        this.bic = bank == null || bank.bic() == null ? "" : bank.bic().strip();
        this.beneficiary = bank != null && bank.accountHolder() != null && !bank.accountHolder().isBlank()
                ? bank.accountHolder() : properties.senderName();
        if (iban.isEmpty()) {
            log.warn("No IBAN in collections.letters.sender.bank.iban: letters carry no payment QR code");
            return;
        }
        // the longest payload a letter can make, so that a name too long for the code stops start-up here instead
        // of every letter in euros failing later
        try {
            new EpcPayment(bic, beneficiary, iban, Money.of(EpcPayment.MAX_AMOUNT, "EUR"),
                    CreditorReference.account(Long.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("collections.letters.sender.bank: the payment QR code cannot carry this "
                    + "account (" + e.getMessage() + "); set account-holder to the name the account is held in, at "
                    + "most " + EpcPayment.MAX_NAME + " characters", e);
        }
    }

    /**
     * The code for a letter about invoices in {@code currencies}, asking for {@code amount} (none or zero: the payer
     * fills it in, as for instalments) with the reference that books the payment. None when a letter is not wholly in
     * euros, no IBAN is configured, or the amount is more than a code can ask for.
     */
    public Optional<PaymentCode> of(Collection<Currency> currencies, Money amount, CreditorReference reference) {
        Money asked = amount == null || !amount.isPositive() ? null : amount;
        if (iban.isEmpty() || !Set.copyOf(currencies).equals(Set.of(EpcPayment.EUR))
                || asked != null && !EpcPayment.payable(asked)) {
            return Optional.empty();
        }
        String payload = new EpcPayment(bic, beneficiary, iban, asked, reference).payload();
        return Optional.of(new PaymentCode(payload, QrCodeImage.dataUri(payload), reference.printed()));
    }
}
