package org.collections.letters;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
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
        @NotEmpty List<String> locales) {
}
