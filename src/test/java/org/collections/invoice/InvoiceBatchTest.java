package org.collections.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collections.CaseTestSupport;
import org.collections.policy.Stage;
import org.collections.letters.LetterType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** A business moving in: many invoices in one call, each row checked as a single registration is. */
class InvoiceBatchTest extends CaseTestSupport {

    @Autowired
    InvoiceRepository invoices;

    private JsonNode batch(String path, Object body, int status) throws Exception {
        MvcResult result = postJson(path, body);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return json.readTree(result.getResponse().getContentAsString());
    }

    @Test
    void validRowsAreRegisteredAndInvalidOnesComeBackWithTheirFieldsStoringNothing() throws Exception {
        String known = newNumber();
        register(known, "10.00", today().plusDays(10));
        String customer = newCustomerNumber();
        String first = newNumber();
        String second = newNumber();
        Map<String, Object> bad = new HashMap<>(invoiceOf(newCustomerNumber(), newNumber(), "10.00",
                today().plusDays(10), false, "en", "BUSINESS"));
        bad.put("amount", "-5");
        bad.put("dueDate", "tomorrow");
        Map<String, Object> repeat = invoice(known, "10.00", today().plusDays(10));
        // the second invoice of the new customer names only its number: the first row brings the account
        Map<String, Object> sameCustomer = Map.of("number", second, "amount", "20.00", "currency", "EUR",
                "issueDate", today().minusDays(20).toString(), "dueDate", today().plusDays(10).toString(),
                "customer", Map.of("number", customer));
        List<Object> rows = List.of(invoiceOf(customer, first, "30.00", today().plusDays(10), false, "en",
                "BUSINESS"), bad, repeat, sameCustomer);
        long before = invoices.count();

        JsonNode dry = batch("/api/invoices/batch?dryRun=true", rows, 200);
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("registered").asInt()).isEqualTo(2);
        assertThat(dry.at("/results/0/status").asText()).isEqualTo("VALID");
        assertThat(invoices.count()).as("a dry run stores nothing").isEqualTo(before);

        JsonNode result = batch("/api/invoices/batch", rows, 200);
        assertThat(result.get("rows").asInt()).isEqualTo(4);
        assertThat(result.get("registered").asInt()).isEqualTo(2);
        assertThat(result.get("refused").asInt()).isEqualTo(2);
        assertThat(result.at("/results/0/status").asText()).isEqualTo("REGISTERED");
        assertThat(result.at("/results/1/status").asText()).isEqualTo("REFUSED");
        assertThat(result.at("/results/1/row").asInt()).isEqualTo(2);
        assertThat(result.at("/results/1/errors").fieldNames()).toIterable().contains("amount", "dueDate");
        assertThat(result.at("/results/2/errors/number").asText()).contains("registered already");
        assertThat(result.at("/results/3/status").asText()).isEqualTo("REGISTERED");
        assertThat(invoices.count()).isEqualTo(before + 2);
        assertThat(caseOf(first)).isNotNull();
        assertThat(caseOf(second)).isNotNull();
        assertThat(invoiceView(second).at("/customer/number").asText()).isEqualTo(customer);
    }

    @Test
    void aNumberTwiceInOneBatchIsRegisteredOnceAndTheSecondRowRefused() throws Exception {
        String number = newNumber();
        Map<String, Object> row = invoice(number, "10.00", today().plusDays(10));
        long before = invoices.count();

        JsonNode result = batch("/api/invoices/batch", List.of(row, row), 200);

        assertThat(result.at("/results/0/status").asText()).isEqualTo("REGISTERED");
        assertThat(result.at("/results/1/status").asText()).isEqualTo("REFUSED");
        assertThat(result.at("/results/1/errors/number").asText()).contains("in the batch twice");
        assertThat(invoices.count()).isEqualTo(before + 1);
    }

    /** Excel's "CSV UTF-8" starts the file with a byte order mark: the header still names the columns. */
    @Test
    void aCsvSavedByASpreadsheetWithAByteOrderMarkIsReadAsAnyOther() throws Exception {
        String csv = "\uFEFFnumber,amount,currency,issueDate,dueDate,customer.number,customer.name,customer.email,"
                + "customer.phone,customer.address,customer.type,customer.locale,customer.timeZone,customer.country\n"
                + newNumber() + ",450.00,EUR," + today().minusDays(30) + "," + today() + "," + newCustomerNumber()
                + ",Old Debt B.V.,ap@olddebt.example,+31 20 555 0000,\"Damrak 1, Amsterdam\",BUSINESS,nl,"
                + "Europe/Amsterdam,NL\n";
        MvcResult response = mvc.perform(post("/api/invoices/batch").param("dryRun", "true")
                .with(httpBasic(SYSTEM, PASSWORD)).contentType("text/csv;charset=UTF-8")
                .content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).andReturn();
        String body = response.getResponse().getContentAsString();
        assertThat(response.getResponse().getStatus()).as(body).isEqualTo(200);
        JsonNode result = json.readTree(body);
        assertThat(result.get("refused").asInt()).as(body).isZero();
        assertThat(body).doesNotContain("\\ufeff", "is not a known field");
    }

    @Test
    void csvRowsStartAtTheStageMatchingTheirAgeWithoutTheEarlierLetters() throws Exception {
        String late = newNumber();
        String broken = newNumber();
        String customer = newCustomerNumber();
        String csv = "number,amount,currency,issueDate,dueDate,customer.number,customer.name,customer.email,"
                + "customer.phone,customer.address,customer.type,customer.locale,customer.timeZone,customer.country\n"
                + late + ",450.00,EUR," + today().minusDays(75) + "," + today().minusDays(45) + "," + customer
                + ",Old Debt B.V.,ap@olddebt.example,+31 20 555 0000,\"Damrak 1, Amsterdam\",BUSINESS,nl,"
                + "Europe/Amsterdam,NL\n"
                + broken + ",12.00,EUR,2026-02-30," + today() + "," + customer + ",,,,,,,,\n";
        MvcResult response = mvc.perform(post("/api/invoices/batch").with(httpBasic(SYSTEM, PASSWORD))
                .contentType("text/csv").content(csv)).andReturn();
        assertThat(response.getResponse().getStatus()).as(response.getResponse().getContentAsString())
                .isEqualTo(200);
        JsonNode result = json.readTree(response.getResponse().getContentAsString());
        assertThat(result.get("registered").asInt()).isEqualTo(1);
        assertThat(result.at("/results/1/errors/issueDate").asText()).isNotEmpty();

        runDueJobs();
        assertThat(invoiceView(late).get("stage").asText()).isEqualTo(Stage.DAY_30.name());
        assertThat(letterTypes(late)).as("no reminder of a stage it never was at")
                .noneMatch(type -> type.startsWith(LetterType.PRE_DUE_REMINDER.name() + "/")
                        || type.startsWith(LetterType.OVERDUE_REMINDER.name() + "/"));
        assertThat(invoices.findByNumber(broken)).isEmpty();
    }

    @Test
    void aRowWithValuesOfTheWrongTypeIsRefusedWithTheMessagesOfASingleRegistration() throws Exception {
        Map<String, Object> bad = new HashMap<>(invoice(newNumber(), "10.00", today().plusDays(10)));
        bad.put("dueDate", "tomorrow");
        bad.put("amount", List.of(10));
        bad.put("discount", 5);
        long before = invoices.count();

        JsonNode row = batch("/api/invoices/batch", List.of(invoice(newNumber(), "10.00", today().plusDays(10)),
                bad, 42), 200).get("results");
        JsonNode single = json.readTree(postJson("/api/invoices", bad).getResponse().getContentAsString());
        assertThat(row.at("/1/errors")).isEqualTo(single.get("errors"));
        assertThat(row.at("/1/errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("dueDate", "amount", "discount");
        assertThat(row.at("/2/errors/row").asText()).isEqualTo("must be a JSON object");
        assertThat(invoices.count()).isEqualTo(before + 1);

        MvcResult object = postJson("/api/invoices/batch", invoice(newNumber(), "10.00", today().plusDays(10)));
        assertThat(object.getResponse().getStatus()).isEqualTo(400);
        assertThat(json.readTree(object.getResponse().getContentAsString()).at("/errors/body").asText())
                .isEqualTo("must be a JSON array");
        assertThat(object.getResponse().getContentAsString()).doesNotContain("org.collections", "java.");
        assertThat(invoices.count()).isEqualTo(before + 1);
    }

    @Test
    void aBatchAboveTheLimitOrEmptyIsRefusedWhole() throws Exception {
        List<Object> rows = new ArrayList<>();
        Map<String, Object> row = invoice(newNumber(), "1.00", today());
        for (int i = 0; i <= InvoiceBatch.MAX_ROWS; i++) {
            rows.add(row);
        }
        long before = invoices.count();
        assertThat(batch("/api/invoices/batch", rows, 400).at("/errors/rows").asText()).contains("10000");
        assertThat(batch("/api/invoices/batch", List.of(), 400).at("/errors/rows").asText()).contains("empty");
        assertThat(invoices.count()).isEqualTo(before);
    }
}
