package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.collections.invoice.CreditorReference;
import org.collections.invoice.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The bank account of the letters is checked at start-up as a bank checks it: a mistyped IBAN or BIC, or a holder's
 * name the payment QR code cannot carry, stops the application with a message that names the setting; without an
 * IBAN the letters carry no code, and start-up says so.
 */
@ExtendWith(OutputCaptureExtension.class)
class BankAccountSettingsTest {

    @Configuration
    @EnableConfigurationProperties(LettersProperties.class)
    @Import(PaymentCodes.class)
    static class LettersOnly {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(LettersOnly.class)
            .withPropertyValues(
                    "collections.letters.sender.name=Example Services B.V.",
                    "collections.letters.from=collections@example.com",
                    "collections.letters.locales=en,nl",
                    "collections.letters.business-locale=en",
                    "collections.letters.partners.lawyer=lawyer@example.com");

    @Test
    void aValidIbanWithSpacesAndBicStartAndTheirCodeNamesTheAccount() {
        runner.withPropertyValues("collections.letters.sender.bank.iban=DE89 3704 0044 0532 0130 00",
                "collections.letters.sender.bank.bic=COBADEFFXXX").run(context -> {
                    assertThat(context).hasNotFailed();
                    String payload = context.getBean(PaymentCodes.class).of(Set.of(EpcPayment.EUR),
                            Money.of(new BigDecimal("12.50"), "EUR"), CreditorReference.invoice(7))
                            .orElseThrow().payload();
                    assertThat(payload.split("\n")).containsSubsequence("COBADEFFXXX", "Example Services B.V.",
                            "DE89370400440532013000", "EUR12.50");
                });
    }

    @Test
    void anIbanWithWrongCheckDigitsStopsStartUp() {
        runner.withPropertyValues("collections.letters.sender.bank.iban=NL92 ABNA 0417 1643 00").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootMessage(context.getStartupFailure())).contains("collections.letters.sender.bank.iban",
                    "must be an IBAN", "invalid check digit");
        });
    }

    @Test
    void anIbanOfTheWrongLengthForItsCountryStopsStartUp() {
        runner.withPropertyValues("collections.letters.sender.bank.iban=NL91 ABNA 0417 1643 0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootMessage(context.getStartupFailure())).contains("collections.letters.sender.bank.iban",
                    "length");
        });
    }

    @Test
    void aBicOfNoCountryStopsStartUp() {
        runner.withPropertyValues("collections.letters.sender.bank.iban=NL91ABNA0417164300",
                "collections.letters.sender.bank.bic=ABNAXX2A").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootMessage(context.getStartupFailure()))
                            .contains("collections.letters.sender.bank.bic", "must be a BIC");
                });
    }

    @Test
    void aHolderNameLongerThanTheCodeCarriesStopsStartUp() {
        runner.withPropertyValues("collections.letters.sender.bank.iban=NL91ABNA0417164300",
                "collections.letters.sender.bank.account-holder=" + "A".repeat(71)).run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootMessage(context.getStartupFailure()))
                            .contains("sender.bank.accountHolder", "at most 70 characters");
                });
        // the sender's name stands in for a holder left out, and must fit too
        runner.withPropertyValues("collections.letters.sender.name=" + "B".repeat(100),
                "collections.letters.sender.bank.iban=NL91ABNA0417164300").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootMessage(context.getStartupFailure()))
                            .contains("collections.letters.sender.bank", "account-holder", "70 characters");
                });
    }

    @Test
    void withoutAnIbanLettersCarryNoCodeAndStartUpSaysSoOnce(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(PaymentCodes.class).of(Set.of(EpcPayment.EUR),
                    Money.of(new BigDecimal("12.50"), "EUR"), CreditorReference.invoice(7))).isEmpty();
        });
        assertThat(output.getOut().lines().filter(l -> l.contains(
                "No IBAN in collections.letters.sender.bank.iban: letters carry no payment QR code")))
                .singleElement().asString().contains("WARN");
    }

    @Test
    void onlyLettersWhollyInEurosGetACode() {
        runner.withPropertyValues("collections.letters.sender.bank.iban=NL91ABNA0417164300").run(context -> {
            PaymentCodes codes = context.getBean(PaymentCodes.class);
            CreditorReference reference = CreditorReference.account(3);
            assertThat(codes.of(Set.of(java.util.Currency.getInstance("USD")),
                    Money.of(new BigDecimal("10"), "USD"), reference)).isEmpty();
            assertThat(codes.of(List.of(EpcPayment.EUR, java.util.Currency.getInstance("ILS")), null, reference))
                    .isEmpty();
            // instalments: the payer fills in the amount
            assertThat(codes.of(Set.of(EpcPayment.EUR), null, reference).orElseThrow().payload().split("\n", -1)[7])
                    .isEmpty();
            assertThat(codes.of(Set.of(EpcPayment.EUR), null, reference).orElseThrow().reference())
                    .isEqualTo(reference.printed());
        });
    }

    private static String rootMessage(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
