package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.collections.invoice.CreditorReference;
import org.collections.invoice.Money;
import org.junit.jupiter.api.Test;

/**
 * The EPC QR code's payload by the rules of EPC069-12 (version 002), and its image read back as a bank app reads it.
 */
class EpcPaymentTest {

    private static final CreditorReference REFERENCE = CreditorReference.invoice(42);

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    private static EpcPayment payment(Money amount) {
        return new EpcPayment("ABNANL2A", "Example Services B.V.", "NL91 ABNA 0417 1643 00", amount, REFERENCE);
    }

    @Test
    void thePayloadHasTheElementsInTheOrderEpc069Fixes() {
        assertThat(payment(eur("1250.00")).payload()).isEqualTo("""
                BCD
                002
                1
                SCT
                ABNANL2A
                Example Services B.V.
                NL91ABNA0417164300
                EUR1250.00

                RF78100000042""".stripIndent());
    }

    @Test
    void everyLineIsSeparatedByALineFeedAndTheStructuredReferenceEndsThePayload() {
        String payload = payment(eur("99.90")).payload();
        List<String> lines = Arrays.asList(payload.split("\n", -1));
        assertThat(payload).doesNotContain("\r").doesNotEndWith("\n");
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).isEqualTo("BCD");
        assertThat(lines.get(1)).as("version").isEqualTo("002");
        assertThat(lines.get(2)).as("character set: UTF-8").isEqualTo("1");
        assertThat(lines.get(3)).as("identification").isEqualTo("SCT");
        assertThat(lines.get(6)).as("IBAN without spaces").isEqualTo("NL91ABNA0417164300");
        assertThat(lines.get(8)).as("purpose").isEmpty();
        // the structured reference, no unstructured remittance text after it
        assertThat(lines.get(9)).isEqualTo(REFERENCE.electronic()).hasSizeLessThanOrEqualTo(35).startsWith("RF");
        assertThat(payload.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(331);
    }

    @Test
    void theAmountIsInEurosWithTwoDecimalsFromOneCentToJustUnderABillion() {
        assertThat(line(payment(eur("0.01")), 7)).isEqualTo("EUR0.01");
        assertThat(line(payment(eur("40")), 7)).isEqualTo("EUR40.00");
        assertThat(line(payment(eur("1250.5")), 7)).isEqualTo("EUR1250.50");
        assertThat(line(payment(eur("999999999.99")), 7)).isEqualTo("EUR999999999.99");
        assertThatThrownBy(() -> payment(eur("1000000000.00"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999999999.99");
        assertThatThrownBy(() -> payment(eur("-5.00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> payment(Money.of(new BigDecimal("10.00"), "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("euros");
    }

    @Test
    void nothingOwedLeavesTheAmountOutForThePayerToFillIn() {
        assertThat(line(payment(null), 7)).isEmpty();
        assertThat(line(payment(eur("0.00")), 7)).isEmpty();
        assertThat(payment(eur("0.00")).payload()).doesNotContain("EUR");
        assertThat(payment(null).payload().split("\n", -1)).hasSize(10);
    }

    @Test
    void theBicMayBeLeftOutInVersion002() {
        EpcPayment noBic = new EpcPayment("", "Example Services B.V.", "NL91ABNA0417164300", eur("10.00"), REFERENCE);
        assertThat(line(noBic, 4)).isEmpty();
        assertThat(line(noBic, 5)).isEqualTo("Example Services B.V.");
        assertThatThrownBy(() -> new EpcPayment("ABNA", "X", "NL91ABNA0417164300", null, REFERENCE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNameHasAtMostSeventyCharactersAndThePayloadAtMost331Bytes() {
        String seventy = "A".repeat(70);
        assertThat(line(new EpcPayment("", seventy, "NL91ABNA0417164300", null, REFERENCE), 5)).isEqualTo(seventy);
        assertThatThrownBy(() -> new EpcPayment("", seventy + "B", "NL91ABNA0417164300", null, REFERENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70");
        // seventy characters (not UTF-16 units) of four bytes each in UTF-8 are more than the code holds
        String wide = "\uD834\uDD1E".repeat(70);
        assertThatThrownBy(() -> new EpcPayment("ABNANL2AXXX", wide, "NL91ABNA0417164300",
                eur("999999999.99"), CreditorReference.account(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("331 bytes");
    }

    @Test
    void theImageIsAQrCodeOfLevelMUpToVersion13ThatReadsBackToThePayload() {
        String payload = new EpcPayment("ABNANL2A", "Müller & Söhne GmbH", "DE89 3704 0044 0532 0130 00",
                eur("1310.00"), REFERENCE).payload();
        assertThat(QrCodes.decode(QrCodeImage.png(payload))).isEqualTo(payload);
        assertThat(QrCodeImage.version(payload)).isLessThanOrEqualTo(13);
    }

    @Test
    void theLargestPayloadEpcAllowsFitsVersion13AndOneByteMoreIsRefused() {
        String largest = "BCD\n002\n1\nSCT\n" + "x".repeat(331 - 14);
        assertThat(largest.getBytes(StandardCharsets.UTF_8)).hasSize(331);
        assertThat(QrCodeImage.version(largest)).isEqualTo(13);
        assertThat(QrCodes.decode(QrCodeImage.png(largest))).isEqualTo(largest);
        assertThatThrownBy(() -> QrCodeImage.png(largest + "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 14");
    }

    @Test
    void theSamePayloadAlwaysGivesTheSameImage() {
        String payload = payment(eur("1250.00")).payload();
        assertThat(QrCodeImage.png(payload)).isEqualTo(QrCodeImage.png(payload));
        assertThat(QrCodeImage.dataUri(payload)).startsWith("data:image/png;base64,")
                .isEqualTo(QrCodeImage.dataUri(payload));
    }

    private static String line(EpcPayment payment, int index) {
        return payment.payload().split("\n", -1)[index];
    }
}
