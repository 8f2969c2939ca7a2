package org.collections.letters;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Who the letters come from and how customers can pay; shown in every letter. */
@Validated
@ConfigurationProperties("collections.letters")
public record LettersProperties(
        @NotBlank String senderName,
        @NotBlank @Email String from,
        @Email String deliveryTeam,
        @NotBlank String paymentInstructions,
        @NotEmpty List<String> locales,
        @NotBlank String businessLocale,
        @NotNull Map<String, @Email String> partners) {

    /** The partner's address; a missing partner falls back to the sender, so the hand-over waits visibly. */
    public String partner(String name) {
        String address = partners.get(name);
        return address == null || address.isBlank() ? from : address;
    }
}
