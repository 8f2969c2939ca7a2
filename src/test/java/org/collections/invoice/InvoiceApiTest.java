package org.collections.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The project's REST API: bad input is refused field by field and stores nothing; payments are never lost. */
class InvoiceApiTest extends CaseTestSupport {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @Autowired
    InvoiceRepository invoices;
    @Autowired
    PaymentRepository payments;

    private Map<String, Object> valid(String number) {
        return new HashMap<>(invoice(number, "100.00", DUE));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> withCustomer(Map<String, Object> body, Consumer<Map<String, Object>> change) {
        Map<String, Object> customer = new HashMap<>((Map<String, Object>) body.get("customer"));
        change.accept(customer);
        body.put("customer", customer);
        return body;
    }

    private JsonNode refused(Object body, int status) throws Exception {
        long invoicesBefore = invoices.count();
        long casesBefore = runtime.createProcessInstanceQuery().count();
        MvcResult result = body instanceof String raw ? postRaw("/api/invoices", raw) : postJson("/api/invoices", body);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(invoices.count()).as("nothing stored").isEqualTo(invoicesBefore);
        assertThat(runtime.createProcessInstanceQuery().count()).as("no case started").isEqualTo(casesBefore);
        return json.readTree(result.getResponse().getContentAsString());
    }

    @Test
    void extremeNumbersDatesAndPagesAreRefusedNotFailed() throws Exception {
        Map<String, Object> exponent = valid(newNumber());
        exponent.put("amount", "1E+2147483647");
        assertThat(refused(exponent, 400).at("/errors/amount").asText()).isNotEmpty();
        Map<String, Object> nul = withCustomer(valid(newNumber()), c -> c.put("name", "Jane\u0000Debtor"));
        assertThat(refused(nul, 400).at("/errors/customer.name").asText()).contains("NUL");
        Map<String, Object> farFuture = valid(newNumber());
        farFuture.put("dueDate", "+999999999-12-31");
        assertThat(refused(farFuture, 400).at("/errors/dueDate").asText()).contains("between");
        String number = newNumber();
        register(number, "100.00", DUE);
        long before = payments.count();
        MvcResult payment = postJson("/api/invoices/" + number + "/payments", Map.of("amount", "1E+2147483647",
                "currency", "EUR", "paidAt", "2026-03-01", "reference", "HUGE-" + number));
        assertThat(payment.getResponse().getStatus()).as(payment.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(payments.count()).isEqualTo(before);
        MvcResult page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/invoices?page=2147483647&size=500")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(SYSTEM, PASSWORD))).andReturn();
        assertThat(page.getResponse().getStatus()).as(page.getResponse().getContentAsString()).isEqualTo(400);
    }

    @Test
    void badInvoicesAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        Map<String, Object> negative = valid(newNumber());
        negative.put("amount", "-5");
        assertThat(refused(negative, 400).at("/errors/amount").asText()).contains("greater than 0");

        Map<String, Object> zero = valid(newNumber());
        zero.put("amount", 0);
        assertThat(refused(zero, 400).at("/errors/amount").asText()).contains("greater than 0");

        Map<String, Object> huge = valid(newNumber());
        huge.put("amount", "12345678901234567890123456789012345678901234567890");
        assertThat(refused(huge, 400).at("/errors/amount").asText()).contains("numeric value out of bounds");

        Map<String, Object> cents = valid(newNumber());
        cents.put("amount", "10.005");
        assertThat(refused(cents, 400).at("/errors/amount").asText()).contains("at most 2 decimals for EUR");

        Map<String, Object> currency = valid(newNumber());
        currency.put("currency", "XYZ");
        assertThat(refused(currency, 400).at("/errors/currency").asText()).contains("ISO 4217");

        Map<String, Object> dates = valid(newNumber());
        dates.put("issueDate", DUE.plusDays(1).toString());
        assertThat(refused(dates, 400).at("/errors/dueDate").asText()).isEqualTo("must not be before issueDate");

        Map<String, Object> contact = withCustomer(valid(newNumber()), c -> {
            c.remove("email");
            c.put("phone", "");
            c.put("country", "Holland");
            c.put("type", null);
        });
        JsonNode errors = refused(contact, 400).get("errors");
        assertThat(errors.fieldNames()).toIterable().contains("customer.email", "customer.phone", "customer.country",
                "customer.type");

        Map<String, Object> several = valid(newNumber());
        several.put("amount", "-1");
        several.put("currency", "euro");
        several.remove("dueDate");
        assertThat(refused(several, 400).get("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("amount", "currency", "dueDate");
    }

    @Test
    void anUnknownTimeZoneIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long invoicesBefore = invoices.count();
        Map<String, Object> mars = withCustomer(valid(newNumber()), c -> c.put("timeZone", "Mars/Olympus_Mons"));
        assertThat(refused(mars, 400).at("/errors/customer.timeZone").asText())
                .contains("must be an IANA time zone such as Europe/Amsterdam");
        Map<String, Object> offset = withCustomer(valid(newNumber()), c -> c.put("timeZone", "New York"));
        assertThat(refused(offset, 400).get("errors").fieldNames()).toIterable().containsExactly("customer.timeZone");
        assertThat(invoices.count()).as("nothing stored").isEqualTo(invoicesBefore);
    }

    @Test
    void malformedOrMistypedJsonIsRefused() throws Exception {
        assertThat(refused("{\"number\": \"X-1\", \"amount\": ", 400).get("detail").asText()).contains("malformed JSON");
        String badDate = json.writeValueAsString(valid(newNumber())).replace(DUE.toString(), "2026-13-45");
        assertThat(refused(badDate, 400).at("/errors/dueDate").asText()).contains("ISO date");
        String badType = json.writeValueAsString(valid(newNumber())).replace("\"CONSUMER\"", "\"PERSON\"");
        assertThat(refused(badType, 400).at("/errors/customer.type").asText()).contains("CONSUMER, BUSINESS");
        Map<String, Object> unknown = valid(newNumber());
        unknown.put("discount", 5);
        assertThat(refused(unknown, 400).at("/errors/discount").asText()).isEqualTo("is not a known field");
    }

    @Test
    void aMistypedValueIsReportedTogetherWithEveryOtherBadField() throws Exception {
        Map<String, Object> body = withCustomer(valid(newNumber()), c -> {
            c.put("type", "ALIEN");
            c.put("email", "not-an-address");
            c.remove("name");
        });
        body.put("amount", "abc");
        body.put("issueDate", "yesterday");
        body.put("currency", "XYZ");
        body.put("discount", 5);
        JsonNode errors = refused(body, 400).get("errors");
        assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("amount", "issueDate", "currency",
                "discount", "customer.type", "customer.email", "customer.name");
        assertThat(errors.get("customer.type").asText()).isEqualTo("must be one of CONSUMER, BUSINESS");
        assertThat(errors.get("customer.email").asText()).isEqualTo("must be a well-formed email address");
        assertThat(errors.get("amount").asText()).contains("decimal number");
        assertThat(errors.get("issueDate").asText()).contains("ISO date");
        assertThat(errors.get("currency").asText()).contains("ISO 4217");
        assertThat(errors.get("discount").asText()).isEqualTo("is not a known field");

        Map<String, Object> notAnObject = valid(newNumber());
        notAnObject.put("customer", "Jane Debtor");
        notAnObject.put("ongoingWork", "maybe");
        notAnObject.put("amount", "-3");
        JsonNode more = refused(notAnObject, 400).get("errors");
        assertThat(more.fieldNames()).toIterable().containsExactlyInAnyOrder("customer", "ongoingWork", "amount");
        assertThat(more.get("customer").asText()).isEqualTo("must be a JSON object");
    }

    @Test
    void aMistypedPaymentIsReportedTogetherWithEveryOtherBadFieldAndNothingIsStored() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);
        long before = payments.count();
        MvcResult result = postJson("/api/invoices/" + number + "/payments", Map.of("amount", "abc",
                "currency", "euro", "paidAt", "yesterday", "reference", "R".repeat(101)));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        JsonNode errors = json.readTree(result.getResponse().getContentAsString()).get("errors");
        assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("amount", "currency", "paidAt",
                "reference");
        assertThat(errors.get("paidAt").asText()).contains("ISO date");
        assertThat(payments.count()).isEqualTo(before);
        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void aPaymentDatedAfterTodayIsRefusedAndNothingIsStored() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);
        long before = payments.count();
        MvcResult result = postJson("/api/invoices/" + number + "/payments", Map.of("amount", "100.00",
                "currency", "EUR", "paidAt", today().plusDays(1).toString(), "reference", "AHEAD-" + number));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(json.readTree(result.getResponse().getContentAsString()).at("/errors/paidAt").asText())
                .isEqualTo("must not be after today (" + today() + "): report a payment once it has come in");
        assertThat(payments.count()).isEqualTo(before);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("OPEN");

        assertThat(postJson("/api/invoices/" + number + "/payments", Map.of("amount", "100.00", "currency", "EUR",
                "paidAt", today().toString(), "reference", "AHEAD-" + number)).getResponse().getStatus())
                .isEqualTo(201);
        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void everyTextLongerThanItsColumnIsRefusedByName() throws Exception {
        // the lengths of V1__collections.sql
        Map<String, Integer> invoiceColumns = Map.of("number", 50, "currency", 3, "customer.name", 200,
                "customer.email", 254, "customer.phone", 50, "customer.address", 500, "customer.locale", 10,
                "customer.timeZone", 50, "customer.country", 2);
        for (Map.Entry<String, Integer> column : invoiceColumns.entrySet()) {
            String field = column.getKey();
            String tooLong = field.equals("customer.email") ? "a".repeat(250) + "@example.com"
                    : "1".repeat(column.getValue() + 1);
            Map<String, Object> body = valid(newNumber());
            if (field.startsWith("customer.")) {
                withCustomer(body, c -> c.put(field.substring("customer.".length()), tooLong));
            } else {
                body.put(field, tooLong);
            }
            assertThat(refused(body, 400).get("errors").fieldNames()).toIterable().as(field).containsExactly(field);
        }

        String number = newNumber();
        register(number, "100.00", DUE);
        long before = payments.count();
        Map<String, Object> payment = Map.of("amount", "10.00", "currency", "EURO", "paidAt", "2026-03-01",
                "reference", "R".repeat(101));
        MvcResult tooLong = postJson("/api/invoices/" + number + "/payments", payment);
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
        assertThat(json.readTree(tooLong.getResponse().getContentAsString()).get("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("currency", "reference");
        // a payment is kept with the invoice number it names, even an unknown one: not one longer than numbers are
        MvcResult unknownInvoice = postJson("/api/invoices/" + "N".repeat(51) + "/payments",
                Map.of("amount", "10.00", "currency", "EUR", "paidAt", "2026-03-01", "reference", "LONG-" + number));
        assertThat(unknownInvoice.getResponse().getStatus()).isEqualTo(400);
        assertThat(json.readTree(unknownInvoice.getResponse().getContentAsString()).at("/errors/number").asText())
                .isEqualTo("must be at most 50 characters");
        assertThat(payments.count()).isEqualTo(before);

        JsonNode schemas = getJson("/v3/api-docs").at("/components/schemas");
        assertThat(schemas.at("/RegisterInvoiceRequest/properties/currency/maxLength").asInt()).isEqualTo(3);
        assertThat(schemas.at("/CustomerData/properties/country/maxLength").asInt()).isEqualTo(2);
        assertThat(schemas.at("/RecordPaymentRequest/properties/currency/maxLength").asInt()).isEqualTo(3);
    }

    @Test
    void aDuplicateNumberAnswersConflictAndKeepsTheFirstInvoice() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);
        Map<String, Object> second = valid(number);
        second.put("amount", "999.00");
        assertThat(refused(second, 409).at("/errors/number").asText()).isEqualTo("is already registered");
        assertThat(invoiceView(number).get("amount").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void aPartialPaymentLowersTheBalanceAndTheCaseGoesOn() throws Exception {
        String number = newNumber();
        register(number, "1000.00", DUE);
        MvcResult first = pay(number, "400.00", "P1-" + number);
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(json.readTree(first.getResponse().getContentAsString()).get("invoiceBalance").decimalValue())
                .isEqualByComparingTo("600.00");
        assertThat(caseOf(number)).isNotNull();

        MvcResult repeat = pay(number, "400.00", "P1-" + number);
        assertThat(repeat.getResponse().getStatus()).isEqualTo(200);
        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(invoiceView(number).get("paid").decimalValue()).isEqualByComparingTo("400.00");

        MvcResult reused = pay(number, "50.00", "P1-" + number);
        assertThat(reused.getResponse().getStatus()).isEqualTo(409);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void anOverpaymentClosesTheCaseAndKeepsTheRestAsCredit() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);
        MvcResult paid = pay(number, "120.00", "OVER-" + number);
        assertThat(paid.getResponse().getStatus()).isEqualTo(201);
        JsonNode answer = json.readTree(paid.getResponse().getContentAsString());
        assertThat(answer.get("amount").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(answer.get("booked").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(answer.get("toCredit").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(answer.get("invoiceStatus").asText()).isEqualTo("PAID");
        runDueJobs();
        JsonNode view = invoiceView(number);
        assertThat(view.get("status").asText()).isEqualTo("PAID");
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(view.get("paid").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(view.get("dossier").toString())
                .contains("Overpaid by EUR 20.00: kept as credit on the customer's account");
        assertThat(caseOf(number)).isNull();
    }

    @Test
    void aPaymentForAnUnknownInvoiceIsKeptAsUnmatched() throws Exception {
        String reference = "LOST-" + newNumber();
        MvcResult result = pay("NO-SUCH-INVOICE", "75.00", reference);
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("kept as unmatched");
        assertThat(getJson("/api/payments/unmatched").toString()).contains(reference);
        assertThat(pay("NO-SUCH-INVOICE", "75.00", reference).getResponse().getStatus()).isEqualTo(404);
        assertThat(payments.findAll().stream().filter(p -> p.getReference().equals(reference))).hasSize(1);
    }

    @Test
    void aPaymentInAnotherCurrencyIsKeptAsUnmatched() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);
        String reference = "USD-" + number;
        MvcResult result = postJson("/api/invoices/" + number + "/payments", Map.of("amount", "100.00",
                "currency", "USD", "paidAt", "2026-03-01", "reference", reference));
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(getJson("/api/payments/unmatched").toString()).contains(reference);
        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void badPaymentsAreRefusedAndNotStored() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);
        long before = payments.count();
        MvcResult zero = postJson("/api/invoices/" + number + "/payments", Map.of("amount", 0, "currency", "EUR",
                "paidAt", "2026-03-01", "reference", "Z-" + number));
        assertThat(zero.getResponse().getStatus()).isEqualTo(400);
        assertThat(json.readTree(zero.getResponse().getContentAsString()).at("/errors/amount").asText())
                .contains("greater than 0");
        MvcResult noReference = postJson("/api/invoices/" + number + "/payments", Map.of("amount", "10.00",
                "currency", "EUR", "paidAt", "2026-03-01"));
        assertThat(noReference.getResponse().getStatus()).isEqualTo(400);
        assertThat(payments.count()).isEqualTo(before);
    }

    @Test
    void thePortfolioIsFilteredByStatusAndAgingWithTotalsPerBucket() throws Exception {
        String late = newNumber();
        register(late, "300.00", START.toLocalDate().minusDays(10));
        String current = newNumber();
        register(current, "200.00", START.toLocalDate().plusDays(10));

        JsonNode bucket = getJson("/api/invoices?status=OPEN&aging=1-30&size=500");
        assertThat(bucket.get("invoices").toString()).contains(late).doesNotContain(current);
        assertThat(bucket.get("totals").toString()).contains("\"bucket\":\"1-30\"", "\"bucket\":\"CURRENT\"");
        assertThat(getJson("/api/invoices?aging=CURRENT&size=500").get("invoices").toString()).contains(current);
        assertThat(getJson("/api/invoices?aging=ancient").at("/errors/aging").asText()).contains("CURRENT, 1-30");
    }

    @Test
    void aPaidInvoiceIsOverdueInNoBucketAsOnItsOwnPage() throws Exception {
        String paid = newNumber();
        register(paid, "300.00", START.toLocalDate().minusDays(10));
        pay(paid, "300.00", "ALL-" + paid);
        assertThat(getJson("/api/invoices/" + paid).get("daysOverdue").asLong()).isZero();

        JsonNode row = null;
        for (JsonNode r : getJson("/api/invoices?status=PAID&size=500").get("invoices")) {
            row = r.get("number").asText().equals(paid) ? r : row;
        }
        assertThat(row).as("listed among the paid").isNotNull();
        assertThat(row.get("daysOverdue").asLong()).isZero();
        assertThat(row.get("aging").isNull()).as(row.toString()).isTrue();
        assertThat(getJson("/api/invoices?aging=1-30&size=500").get("invoices").toString()).doesNotContain(paid);
        assertThat(getJson("/api/invoices?status=PAID&aging=1-30").get("invoices")).isEmpty();
        assertThat(getJson("/api/invoices?status=PAID").get("totals")).as("nothing paid is owed in a bucket").isEmpty();
        JsonNode account = getJson("/api/customers/" + getJson("/api/invoices/" + paid).at("/customer/number").asText());
        for (JsonNode r : account.get("invoices")) {
            if (r.get("number").asText().equals(paid)) {
                assertThat(r.get("daysOverdue").asLong()).isZero();
                assertThat(r.get("aging").isNull()).as(r.toString()).isTrue();
            }
        }
    }

    /** A manager reads one figure: each bucket's total is what its listed invoices owe, counted and added up. */
    @Test
    void theTotalsPerBucketAreTheSumsOfTheListedInvoices() throws Exception {
        register(newNumber(), "300.00", START.toLocalDate().minusDays(10));
        register(newNumber(), "250.00", START.toLocalDate().minusDays(45));
        String paidInPart = newNumber();
        register(paidInPart, "200.00", START.toLocalDate().plusDays(10));
        pay(paidInPart, "75.00", "PART-" + paidInPart);

        java.util.Map<String, java.math.BigDecimal> listed = new java.util.TreeMap<>();
        java.util.Map<String, Long> counted = new java.util.TreeMap<>();
        JsonNode first = getJson("/api/invoices?status=OPEN&size=500");
        long pages = (first.get("totalElements").asLong() + 499) / 500;
        for (int page = 0; page < pages; page++) {
            for (JsonNode row : getJson("/api/invoices?status=OPEN&size=500&page=" + page).get("invoices")) {
                String key = row.get("aging").asText() + " " + row.get("currency").asText();
                listed.merge(key, row.get("balance").decimalValue(), java.math.BigDecimal::add);
                counted.merge(key, 1L, Long::sum);
            }
        }
        java.util.Map<String, java.math.BigDecimal> totals = new java.util.TreeMap<>();
        java.util.Map<String, Long> totalCounts = new java.util.TreeMap<>();
        for (JsonNode total : first.get("totals")) {
            String key = total.get("bucket").asText() + " " + total.get("currency").asText();
            totals.put(key, total.get("balance").decimalValue());
            totalCounts.put(key, total.get("count").asLong());
        }
        assertThat(totalCounts).isEqualTo(counted);
        assertThat(totals.keySet()).isEqualTo(listed.keySet());
        listed.forEach((key, sum) -> assertThat(totals.get(key)).as(key).isEqualByComparingTo(sum));
    }
}
