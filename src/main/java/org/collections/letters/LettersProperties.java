package org.collections.letters;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Who the letters come from and how customers can pay; shown in every letter. */
@Validated
@ConfigurationProperties("collections.letters")
public record LettersProperties(
        @NotNull @Valid Sender sender,
        @NotBlank @Email String from,
        @Email String deliveryTeam,
        @NotEmpty List<@Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") String> locales,
        @NotBlank String businessLocale,
        @NotNull Map<String, @Email String> partners) {

    /**
     * The letterhead: printed at the top and foot of every letter (email and PDF), and the bank account the payment
     * instruction names. Only the name is required; a value left out leaves its line out.
     *
     * @param registration the trade register and number as the register writes it, e.g. {@code KvK 12345678} or
     *        {@code Amtsgericht Berlin-Charlottenburg HRB 123456}: printed as given, in every language
     * @param vatNumber the VAT (btw, USt-IdNr.) number, printed with a label in the reader's language
     */
    public record Sender(
            @NotBlank @Size(max = 120) String name,
            List<@NotBlank String> addressLines,
            String phone,
            @Email String email,
            String website,
            String registration,
            String vatNumber,
            @Valid Bank bank) {

        public Sender {
            addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        }
    }

    /**
     * The account customers pay into: printed in the payment instruction and the letters' foot, and carried by the
     * payment QR code of letters in euros. The IBAN and BIC are checked as a bank checks them (country, length,
     * check digits), so that a typo in the configuration stops start-up instead of reaching customers.
     *
     * @param accountHolder the name the account is held in, as the bank knows it (the payment QR code carries at
     *        most 70 characters of it); the sender's name when left out
     */
    public record Bank(
            @Iban String iban,
            @Bic String bic,
            @Size(max = EpcPayment.MAX_NAME, message = "must be at most 70 characters, all the payment QR code carries")
            String accountHolder) {
    }

    /** The business's name, as letters and the mail's From header give it. */
    public String senderName() {
        return sender.name();
    }

    /** The partner's address; a missing partner falls back to the sender, so the hand-over waits visibly. */
    public String partner(String name) {
        String address = partners.get(name);
        return address == null || address.isBlank() ? from : address;
    }
}
