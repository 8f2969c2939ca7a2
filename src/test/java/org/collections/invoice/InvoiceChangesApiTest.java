package org.collections.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the invoicing system changes after registering an invoice, over the API: credit notes (idempotent by reference
 * per invoice), a cancellation (idempotent), a new due date. Bad input is refused field by field and changes nothing;
 * a closed invoice is not changed.
 */
class InvoiceChangesApiTest extends CaseTestSupport {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @Autowired
    InvoiceRepository invoices;
    @Autowired
    CreditNoteRepository creditNotes;

    private MvcResult credit(String number, Object amount, String reference) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("reference", reference);
        return postJson("/api/invoices/" + number + "/credit-notes", body);
    }

    private MvcResult cancel(String number, String reason) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        return postJson("/api/invoices/" + number + "/cancellation", body);
    }

    private MvcResult moveDueDate(String number, Object body) throws Exception {
        return mvc.perform(put("/api/invoices/" + number + "/due-date").with(httpBasic(SYSTEM, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn();
    }

    private JsonNode answer(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        }
        return json.readTree(result.getResponse().getContentAsString());
    }

    private Invoice stored(String number) {
        return invoices.findByNumber(number).orElseThrow();
    }

    @Test
    void aCreditNoteLowersTheBalanceOnceAndIsRecorded() throws Exception {
        String number = newNumber();
        register(number, "1000.00", DUE);

        JsonNode first = answer(credit(number, "200.00", "CN-1"), 201);
        assertThat(first.get("invoiceBalance").decimalValue()).isEqualByComparingTo("800.00");
        assertThat(first.get("invoiceStatus").asText()).isEqualTo("OPEN");
        JsonNode view = invoiceView(number);
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("800.00");
        assertThat(view.get("credited").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(view.get("dossier").toString()).contains("CREDIT_NOTE",
                "Credit note CN-1 over EUR 200.00; balance now EUR 800.00");

        // the invoicing system sends it again: the same answer, nothing booked twice
        JsonNode repeat = answer(credit(number, "200", "CN-1"), 200);
        assertThat(repeat).isEqualTo(first);
        assertThat(stored(number).balance().amount()).isEqualByComparingTo("800.00");

        // the same reference for another amount is a mistake, not a repeat
        JsonNode conflict = answer(credit(number, "150.00", "CN-1"), 409);
        assertThat(conflict.get("detail").asText()).contains("CN-1", "EUR 200.00");
        assertThat(conflict.at("/errors/reference").asText()).contains("already used");
        assertThat(stored(number).balance().amount()).isEqualByComparingTo("800.00");

        // references are the invoice's own: another invoice may have a credit note numbered the same
        String other = newNumber();
        register(other, "50.00", DUE);
        answer(credit(other, "10.00", "CN-1"), 201);
        assertThat(stored(number).balance().amount()).isEqualByComparingTo("800.00");
        assertThat(stored(other).balance().amount()).isEqualByComparingTo("40.00");
    }

    @Test
    void aLaterDueDateCountsTheClaimFromItEverywhereAndWithdrawsTheFeesItNeverOwed() throws Exception {
        String number = newNumber();
        register(number, "1000.00", today().minusDays(40));
        runDueJobs();
        assertThat(invoiceView(number).get("fees").decimalValue()).isPositive();
        assertThat(stored(number).fees().amount()).isPositive();

        answer(moveDueDate(number, Map.of("dueDate", today().plusDays(20).toString())), 200);

        JsonNode view = invoiceView(number);
        assertThat(view.get("fees").decimalValue()).isEqualByComparingTo("0");
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(stored(number).balance().amount()).as("what lists and totals add up")
                .isEqualByComparingTo("1000.00");
        assertThat(dossierText(number)).contains("late fees, interest and costs count from the new due date",
                "withdrawn (1st late fee").doesNotContain("fees so far stand");
    }

    @Test
    void badCreditNotesAreRefusedFieldByFieldAndBookNothing() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);
        long before = creditNotes.count();

        assertThat(answer(credit(number, "-5", "CN-A"), 400).at("/errors/amount").asText()).contains("greater than 0");
        assertThat(answer(credit(number, 0, "CN-A"), 400).at("/errors/amount").asText()).contains("greater than 0");
        assertThat(answer(credit(number, "10.005", "CN-A"), 400).at("/errors/amount").asText())
                .contains("at most 2 decimals for EUR");
        assertThat(answer(credit(number, "100.01", "CN-A"), 400).at("/errors/amount").asText())
                .isEqualTo("must not exceed the balance of EUR 100.00");
        assertThat(answer(credit(number, "1E+2147483647", "CN-A"), 400).at("/errors/amount").asText()).isNotEmpty();
        assertThat(answer(credit(number, "abc", "CN-A"), 400).at("/errors/amount").asText()).isNotEmpty();
        Map<String, Object> several = Map.of("amount", "-1", "reference", "", "reason", "x".repeat(501));
        assertThat(answer(postJson("/api/invoices/" + number + "/credit-notes", several), 400).get("errors")
                .fieldNames()).toIterable().containsExactlyInAnyOrder("amount", "reference", "reason");
        assertThat(answer(postJson("/api/invoices/" + number + "/credit-notes",
                Map.of("amount", "1", "reference", "CN-A", "currency", "EUR")), 400).at("/errors/currency").asText())
                .isEqualTo("is not a known field");
        assertThat(answer(credit("NO-SUCH-" + number, "1.00", "CN-A"), 404).get("detail").asText())
                .contains("no invoice");

        assertThat(creditNotes.count()).isEqualTo(before);
        assertThat(stored(number).credited().amount()).isZero();
    }

    @Test
    void aClosedInvoiceTakesNoCreditNoteAndNoNewDueDate() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);
        assertThat(pay(number, "100.00", "BANK-" + number).getResponse().getStatus()).isEqualTo(201);

        assertThat(answer(credit(number, "10.00", "CN-1"), 409).get("detail").asText())
                .isEqualTo("invoice " + number + " is closed as PAID; it cannot be changed any more");
        answer(moveDueDate(number, Map.of("dueDate", DUE.plusDays(30).toString())), 409);
        assertThat(stored(number).credited().amount()).isZero();
        assertThat(stored(number).getDueDate()).isEqualTo(DUE);
    }

    @Test
    void aCancellationClosesTheInvoiceOnceAndKeepsItsReason() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);

        JsonNode first = answer(cancel(number, "  Ordered twice  "), 200);
        assertThat(first.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(first.get("reason").asText()).isEqualTo("Ordered twice");
        assertThat(stored(number).getStatus()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(dossierText(number)).contains("Invoice cancelled in the invoicing system: Ordered twice");

        // a repeat, even with other words, answers what the first cancellation did
        assertThat(answer(cancel(number, "Ordered twice (resent)"), 200)).isEqualTo(first);
        assertThat(dossierText(number)).doesNotContain("resent");
        // nothing else changes a cancelled invoice
        answer(credit(number, "10.00", "CN-1"), 409);
    }

    /** Nothing is owed for a cancelled invoice: what was paid on it is the customer's money, kept as credit. */
    @Test
    void aCancelledInvoiceOwesNothingAndWhatWasPaidOnItBecomesCredit() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);
        pay(number, "40.00", "PART-" + number);

        answer(cancel(number, "Replaced by a corrected invoice"), 200);

        JsonNode view = invoiceView(number);
        assertThat(view.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("0");
        // counted once: on the account, no longer as paid on the invoice
        assertThat(view.get("paid").decimalValue()).isEqualByComparingTo("0");
        assertThat(view.get("claim").get("principalOwed").decimalValue()).isEqualByComparingTo("0");
        assertThat(dossierText(number)).contains("nothing is owed for it: the EUR 40.00 paid on it goes to the "
                + "customer's account as credit");
        JsonNode account = getJson("/api/customers/" + stored(number).getCustomer().getNumber());
        assertThat(account.get("credit")).hasSize(1);
        assertThat(account.get("credit").get(0).get("currency").asText()).isEqualTo("EUR");
        assertThat(account.get("credit").get(0).get("amount").decimalValue()).isEqualByComparingTo("40.00");

        JsonNode cancelled = getJson("/api/invoices?status=CANCELLED&size=500").get("totals");
        for (JsonNode total : cancelled) {
            assertThat(total.get("balance").decimalValue()).as("a cancelled invoice owes nothing")
                    .isEqualByComparingTo("0");
        }

        // an unpaid invoice cancelled leaves no credit behind
        String unpaid = newNumber();
        register(unpaid, "70.00", DUE);
        answer(cancel(unpaid, "Ordered twice"), 200);
        assertThat(invoiceView(unpaid).get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(dossierText(unpaid)).doesNotContain("as credit");
    }

    @Test
    void onlyAnOpenInvoiceIsCancelledAndOnlyWithAReason() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);
        assertThat(answer(cancel(number, null), 400).at("/errors/reason").asText()).isNotEmpty();
        assertThat(answer(cancel(number, " "), 400).at("/errors/reason").asText()).isNotEmpty();
        assertThat(answer(cancel(number, "x".repeat(501)), 400).at("/errors/reason").asText())
                .isEqualTo("must be at most 500 characters");
        assertThat(answer(cancel("NO-SUCH-" + number, "why"), 404).get("detail").asText()).contains("no invoice");
        assertThat(stored(number).getStatus()).isEqualTo(InvoiceStatus.OPEN);

        pay(number, "100.00", "BANK-" + number);
        assertThat(answer(cancel(number, "Ordered twice"), 409).get("detail").asText()).contains("closed as PAID");
        assertThat(stored(number).getStatus()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aNewDueDateIsCheckedAndRecorded() throws Exception {
        String number = newNumber();
        register(number, "100.00", DUE);
        LocalDate issued = stored(number).getIssueDate();

        assertThat(answer(moveDueDate(number, Map.of()), 400).at("/errors/dueDate").asText()).isNotEmpty();
        assertThat(answer(moveDueDate(number, Map.of("dueDate", "2026-13-45")), 400).at("/errors/dueDate").asText())
                .isNotEmpty();
        assertThat(answer(moveDueDate(number, Map.of("dueDate", issued.minusDays(1).toString())), 400)
                .at("/errors/dueDate").asText()).isEqualTo("must not be before the issue date " + issued);
        answer(moveDueDate("NO-SUCH-" + number, Map.of("dueDate", DUE.toString())), 404);
        assertThat(stored(number).getDueDate()).isEqualTo(DUE);

        // the same date again is no change
        answer(moveDueDate(number, Map.of("dueDate", DUE.toString())), 200);
        assertThat(dossierText(number)).doesNotContain("Due date moved");

        JsonNode moved = answer(moveDueDate(number, Map.of("dueDate", DUE.plusDays(14).toString())), 200);
        assertThat(moved.get("dueDate").asText()).isEqualTo(DUE.plusDays(14).toString());
        assertThat(moved.get("dossier").toString()).contains("Due date moved from " + DUE + " to " + DUE.plusDays(14));
    }

    @Test
    void anAgentCannotCreditCancelOrMoveAnInvoiceButAManagerCan() throws Exception {
        String number = newNumber();
        register(number, "500.00", DUE);
        Map<String, Object> credit = Map.of("amount", "500.00", "reference", "CN-" + number);
        Map<String, Object> cancellation = Map.of("reason", "Ordered twice");
        Map<String, Object> dueDate = Map.of("dueDate", DUE.plusDays(60).toString());

        assertThat(as(AGENT, post("/api/invoices/" + number + "/credit-notes"), credit)).isEqualTo(403);
        assertThat(as(AGENT, post("/api/invoices/" + number + "/cancellation"), cancellation)).isEqualTo(403);
        assertThat(as(AGENT, put("/api/invoices/" + number + "/due-date"), dueDate)).isEqualTo(403);
        assertThat(stored(number).getStatus()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(stored(number).getDueDate()).isEqualTo(DUE);
        assertThat(invoiceView(number).get("credited").decimalValue()).isZero();

        assertThat(as(MANAGER, put("/api/invoices/" + number + "/due-date"), dueDate)).isEqualTo(200);
        assertThat(as(MANAGER, post("/api/invoices/" + number + "/credit-notes"),
                Map.of("amount", "100.00", "reference", "CN-" + number))).isEqualTo(201);
        assertThat(as(MANAGER, post("/api/invoices/" + number + "/cancellation"), cancellation)).isEqualTo(200);
    }

    private int as(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Object body) throws Exception {
        return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn().getResponse().getStatus();
    }

    @Test
    void theApiDocumentShowsTheChanges() throws Exception {
        JsonNode paths = getJson("/v3/api-docs").get("paths");
        assertThat(paths.at("/~1api~1invoices~1{number}~1credit-notes/post/requestBody").toString())
                .contains("CreditNoteRequest");
        assertThat(paths.at("/~1api~1invoices~1{number}~1cancellation/post/requestBody").toString())
                .contains("CancellationRequest");
        assertThat(paths.at("/~1api~1invoices~1{number}~1due-date/put/requestBody").toString())
                .contains("DueDateRequest");
        JsonNode schemas = getJson("/v3/api-docs").at("/components/schemas");
        assertThat(schemas.at("/CancellationRequest/properties/reason/maxLength").asInt()).isEqualTo(500);
    }
}
