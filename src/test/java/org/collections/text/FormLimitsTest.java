package org.collections.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tasklist checks {@code validate.maxLength} in the browser; the services check {@link InputLimits}. Both must say
 * the same, or a user is either refused what the case could hold or lets through what the server then rejects.
 */
class FormLimitsTest {

    private static final Map<String, Integer> DECLARED = Map.ofEntries(
            Map.entry("callNotes", InputLimits.CALL_NOTES),
            Map.entry("promisedInvoices", InputLimits.CALL_INVOICE_LIST),
            Map.entry("planInvoices", InputLimits.CALL_INVOICE_LIST),
            Map.entry("disputedInvoices", InputLimits.CALL_INVOICE_LIST),
            Map.entry("disputeNotes", InputLimits.DISPUTE_NOTES),
            Map.entry("approvalNotes", InputLimits.APPROVAL_NOTES),
            Map.entry("legalOutcomeNotes", InputLimits.LEGAL_OUTCOME_NOTES),
            Map.entry("writeOffReason", InputLimits.WRITE_OFF_REASON),
            Map.entry("stopNotes", InputLimits.STOP_NOTES),
            Map.entry("refundNotes", InputLimits.REFUND_NOTES),
            // Match payment, as PaymentMatching checks them: an invoice or customer number, and notes
            Map.entry("matchOther", InputLimits.INVOICE_NUMBER),
            Map.entry("matchNotes", InputLimits.CALL_NOTES),
            Map.entry("number", InputLimits.INVOICE_NUMBER),
            Map.entry("customerNumber", InputLimits.CUSTOMER_NUMBER),
            Map.entry("currency", InputLimits.CURRENCY),
            Map.entry("customerName", InputLimits.CUSTOMER_NAME),
            Map.entry("customerEmail", InputLimits.CUSTOMER_EMAIL),
            Map.entry("customerPhone", InputLimits.CUSTOMER_PHONE),
            Map.entry("customerAddress", InputLimits.CUSTOMER_ADDRESS),
            Map.entry("customerCountry", InputLimits.COUNTRY),
            Map.entry("customerTimeZone", InputLimits.CUSTOMER_TIME_ZONE));

    @Test
    void everyTextFieldOfEveryFormHasTheDeclaredMaximumLength() throws IOException {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                JsonNode root = new ObjectMapper().readTree(form.toFile());
                for (JsonNode field : root.get("components")) {
                    String type = field.path("type").asText();
                    if (!type.equals("textfield") && !type.equals("textarea")) {
                        continue;
                    }
                    String key = field.get("key").asText();
                    assertThat(DECLARED).as("a limit declared in InputLimits for %s in %s", key, form)
                            .containsKey(key);
                    assertThat(field.path("validate").path("maxLength").asInt(-1))
                            .as("validate.maxLength of %s in %s", key, form).isEqualTo(DECLARED.get(key));
                    checked.add(key);
                }
            }
        }
        assertThat(checked).containsAll(DECLARED.keySet());
    }
}
