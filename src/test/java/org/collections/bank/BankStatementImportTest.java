package org.collections.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.collections.CaseTestSupport;
import org.collections.invoice.PaymentRepository;
import org.collections.process.MatchPaymentProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** Bank statements in: booked by reference, invoice number, amount and payer; the rest waits for an agent. */
class BankStatementImportTest extends CaseTestSupport {

    @Autowired
    PaymentRepository payments;
    @Autowired
    BankEntryRepository entries;

    private MvcResult upload(byte[] file, String user) throws Exception {
        return mvc.perform(multipart("/api/bank-statements")
                .file(new MockMultipartFile("file", "statement.xml", "application/xml", file))
                .with(httpBasic(user, PASSWORD))).andReturn();
    }

    private JsonNode imported(byte[] file) throws Exception {
        MvcResult result = upload(file, SYSTEM);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }

    @Test
    void aStatementOfSevenPaymentsBooksFourLeavesTwoToAnAgentIgnoresOneAndBooksNothingTwice() throws Exception {
        String byInvoiceRef = invoiceOfCustomer(newCustomerNumber(), "Alpha " + word(), "100.00");
        String accountCustomer = newCustomerNumber();
        String onAccount = invoiceOfCustomer(accountCustomer, "Bravo " + word(), "250.00");
        String byNumber = invoiceOfCustomer(newCustomerNumber(), "Charlie " + word(), "300.00");
        String partial = invoiceOfCustomer(newCustomerNumber(), "Delta " + word(), "400.00");
        String echo = "Echo " + word() + " Trading";
        String echoCustomer = newCustomerNumber();
        String echo1 = invoiceOfCustomer(echoCustomer, echo, "75.00");
        String echo2 = invoiceOfCustomer(echoCustomer, echo, "75.00");
        String stranger = "Nobody " + word();

        String message = "STMT-" + UUID.randomUUID();
        byte[] file = Camt.statement(message)
                .credit(message + "-1", "100.00", "ALPHA", invoiceView(byInvoiceRef).get("paymentReference").asText(),
                        null)
                .credit(message + "-2", "250.00", "Bravo", null, "account " + getJson("/api/customers/"
                        + accountCustomer).get("paymentReference").asText())
                .credit(message + "-3", "300.00", "C. Harlie", null, "Payment invoice " + byNumber + ", thanks")
                .credit(message + "-4", "150.00", "Delta", invoiceView(partial).get("paymentReference").asText(),
                        null)
                .credit(message + "-5", "75.00", echo.toUpperCase(), null, "our payment")
                .credit(message + "-6", "33.33", stranger, null, "donation")
                .entry(message + "-7", "50.00", "EUR", "DBIT", "Office Supplies Ltd", null, "paper")
                .bytes();
        long paymentsBefore = payments.count();

        JsonNode summary = imported(file);
        assertThat(summary.get("entries").asInt()).isEqualTo(7);
        assertThat(summary.get("booked").asInt()).as(summary.toString()).isEqualTo(4);
        assertThat(summary.get("toMatch").asInt()).as(summary.toString()).isEqualTo(2);
        assertThat(summary.get("ignored").asInt()).as(summary.toString()).isEqualTo(1);

        runDueJobs();
        assertThat(invoiceView(byInvoiceRef).get("status").asText()).isEqualTo("PAID");
        assertThat(caseOf(byInvoiceRef)).as("the paid invoice's case ended").isNull();
        assertThat(invoiceView(onAccount).get("status").asText()).isEqualTo("PAID");
        assertThat(invoiceView(byNumber).get("status").asText()).isEqualTo("PAID");
        JsonNode partly = invoiceView(partial);
        assertThat(partly.get("status").asText()).isEqualTo("OPEN");
        assertThat(partly.get("balance").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(dossierText(partial)).contains("bank:");
        assertThat(invoiceView(echo1).get("status").asText()).isEqualTo("OPEN");
        assertThat(invoiceView(echo2).get("status").asText()).isEqualTo("OPEN");

        List<Task> toMatch = tasks.createTaskQuery().taskDefinitionKey(MatchPaymentProcess.TASK_MATCH_PAYMENT)
                .processInstanceBusinessKeyLike("BANK-%").list().stream()
                .filter(t -> entryOf(t).getEntryKey().startsWith(Camt.OUR_IBAN + ":" + message)).toList();
        assertThat(toMatch).hasSize(2);
        assertThat(tasks.getIdentityLinksForTask(toMatch.get(0).getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo("collection-agents"));

        long bookedPayments = payments.count();
        assertThat(bookedPayments).as("one payment row per invoice booked").isEqualTo(paymentsBefore + 4);
        JsonNode again = imported(file);
        assertThat(again.get("alreadyImported").asInt()).isEqualTo(7);
        assertThat(again.get("booked").asInt()).isZero();
        assertThat(again.get("toMatch").asInt()).isZero();
        assertThat(payments.count()).as("a re-import books nothing").isEqualTo(bookedPayments);
        assertThat(partly.get("balance").decimalValue()).isEqualByComparingTo(
                invoiceView(partial).get("balance").decimalValue());
        assertThat(tasks.createTaskQuery().taskDefinitionKey(MatchPaymentProcess.TASK_MATCH_PAYMENT)
                .processInstanceBusinessKeyLike("BANK-%").list().stream()
                .filter(t -> entryOf(t).getEntryKey().startsWith(Camt.OUR_IBAN + ":" + message)).count())
                .as("no second Match payment task").isEqualTo(2);

        // the agent books the ambiguous payment on the first invoice: paid in full, its case ends
        Task ambiguous = toMatch.stream().filter(t -> entryOf(t).getPayerName().equals(echo.toUpperCase()))
                .findFirst().orElseThrow();
        Long ambiguousEntry = entryOf(ambiguous).getId();
        assertThat(runtime.getVariable(ambiguous.getProcessInstanceId(), "matchCandidates").toString())
                .contains("INVOICE:" + echo1, "INVOICE:" + echo2);
        tasks.complete(ambiguous.getId(), Map.of("matchTo", "INVOICE:" + echo1, "matchNotes", "phoned them"));
        runDueJobs();
        assertThat(invoiceView(echo1).get("status").asText()).isEqualTo("PAID");
        assertThat(caseOf(echo1)).isNull();
        assertThat(invoiceView(echo2).get("status").asText()).isEqualTo("OPEN");
        assertThat(entries.findById(ambiguousEntry).orElseThrow().getStatus())
                .isEqualTo(EntryStatus.BOOKED);

        // the unknown one is not ours
        Task unknown = toMatch.stream().filter(t -> t != ambiguous).findFirst().orElseThrow();
        Long unknownEntry = entryOf(unknown).getId();
        tasks.complete(unknown.getId(), Map.of("matchTo", "NOT_OURS", "matchNotes", "a gift"));
        assertThat(entries.findById(unknownEntry).orElseThrow().getStatus())
                .isEqualTo(EntryStatus.NOT_OURS);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(unknown.getProcessInstanceId())
                .singleResult().getEndActivityId()).isEqualTo(MatchPaymentProcess.END_PAYMENT_NOT_OURS);
    }

    @Test
    void anEntryTheBankBookedAheadOfTodayIsBookedAsPaidToday() throws Exception {
        String number = invoiceOfCustomer(newCustomerNumber(), "Foxtrot " + word(), "100.00");
        String message = "STMT-" + UUID.randomUUID();
        String ahead = today().plusDays(3).toString();
        JsonNode summary = imported(Camt.statement(message)
                .credit(message + "-1", "100.00", "Foxtrot", invoiceView(number).get("paymentReference").asText(),
                        null).xml().replace("<Dt>2026-03-02</Dt></BookgDt>", "<Dt>" + ahead + "</Dt></BookgDt>")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(summary.get("booked").asInt()).as(summary.toString()).isEqualTo(1);

        JsonNode view = invoiceView(number);
        assertThat(view.get("status").asText()).isEqualTo("PAID");
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(dossierText(number)).contains("paid " + today() + "); balance now EUR 0.00");
    }

    @Test
    void aReferenceThatNamesNothingIsNamedInTheNoteForTheAgent() throws Exception {
        String message = "STMT-" + UUID.randomUUID();
        String good = org.collections.invoice.CreditorReference.invoice(42).electronic();
        String mistyped = good.substring(0, good.length() - 2) + "24";
        JsonNode summary = imported(Camt.statement(message)
                .credit(message + "-1", "12.34", "Golf " + word(), "RF18539007547034", null)
                .credit(message + "-2", "12.34", "Hotel " + word(), mistyped, null).bytes());
        assertThat(summary.get("toMatch").asInt()).as(summary.toString()).isEqualTo(2);
        assertThat(summary.at("/payments/0/note").asText())
                .startsWith("payment reference RF18539007547034 names no invoice or account of ours; no invoice number");
        assertThat(summary.at("/payments/1/note").asText())
                .startsWith("payment reference " + mistyped + " is no valid RF creditor reference");
    }

    @Test
    void aBankReferenceImportedBeforeWithAnotherAmountIsNotBookedAgainAndSaysSo() throws Exception {
        String number = invoiceOfCustomer(newCustomerNumber(), "India " + word(), "100.00");
        String reference = invoiceView(number).get("paymentReference").asText();
        String message = "STMT-" + UUID.randomUUID();
        assertThat(imported(Camt.statement(message).credit(message + "-1", "60.00", "India", reference, null)
                .bytes()).get("booked").asInt()).isEqualTo(1);

        JsonNode again = imported(Camt.statement(message + "-b").credit(message + "-1", "50.00", "India", reference,
                null).bytes());
        assertThat(again.get("booked").asInt()).isZero();
        assertThat(again.get("alreadyImported").asInt()).isEqualTo(1);
        assertThat(again.at("/payments/0/note").asText()).isEqualTo("imported before over EUR 60.00, this file "
                + "says EUR 50.00 for the same bank reference: nothing booked again; ask the bank which is right");
        assertThat(invoiceView(number).get("paid").decimalValue()).isEqualByComparingTo("60.00");
    }

    @Test
    void aWrongChoiceKeepsTheMatchTaskOpenAndBooksNothing() throws Exception {
        String message = "STMT-" + UUID.randomUUID();
        imported(Camt.statement(message).credit(message + "-1", "12.34", "Nobody " + word(), null, "?").bytes());
        Task task = tasks.createTaskQuery().taskDefinitionKey(MatchPaymentProcess.TASK_MATCH_PAYMENT).list().stream()
                .filter(t -> entryOf(t).getEntryKey().contains(message)).findFirst().orElseThrow();
        long before = payments.count();
        for (Map<String, Object> wrong : List.<Map<String, Object>>of(Map.of("matchTo", "INVOICE:NO-SUCH"),
                Map.of("matchTo", "OTHER", "matchOther", "NO-SUCH"), Map.of("matchTo", "${1+1}"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(task.getId(), wrong))
                    .hasMessageContaining("match");
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
        }
        assertThat(payments.count()).isEqualTo(before);
    }

    @Test
    void badFilesAreRefusedNamingWhatIsWrongAndBookNothing() throws Exception {
        String invoice = invoiceOfCustomer(newCustomerNumber(), "Foxtrot " + word(), "80.00");
        String reference = invoiceView(invoice).get("paymentReference").asText();
        String message = "STMT-" + UUID.randomUUID();
        long before = payments.count();
        long entriesBefore = entries.count();

        JsonNode notCamt = refused(("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:"
                + "pain.001.001.03\"><CstmrCdtTrfInitn/></Document>").getBytes(StandardCharsets.UTF_8));
        assertThat(notCamt.at("/errors/file").asText()).contains("camt.053", "pain.001");
        assertThat(refused("<Document><a></Document>".getBytes(StandardCharsets.UTF_8)).at("/errors/file").asText())
                .contains("well-formed", "line 1");
        assertThat(refused(Camt.statement(message).account("DE89370400440532013000")
                .credit(message + "-1", "80.00", "Foxtrot", reference, null).bytes())
                .at("/errors/Stmt[0].Acct.Id.IBAN").asText()).contains("DE89370400440532013000", "not the business");
        JsonNode noAmount = refused(Camt.statement(message)
                .credit(message + "-1", "80.00", "Foxtrot", reference, null)
                .raw("<Ntry><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>"
                        + "<AcctSvcrRef>" + message + "-2</AcctSvcrRef></Ntry>").bytes());
        assertThat(noAmount.at("/errors/Stmt[0].Ntry[1].Amt").asText()).contains("missing");

        // an external entity is never resolved: the document type declaration is refused
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("secret", ".txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-" + message);
        String xxe = Camt.statement(message).credit(message + "-1", "80.00", "&xxe;", reference, null).xml()
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>");
        JsonNode refusedXxe = refused(xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(refusedXxe.toString()).doesNotContain("TOP-SECRET").contains("DOCTYPE");

        assertThat(payments.count()).as("nothing booked").isEqualTo(before);
        assertThat(entries.count()).as("nothing kept").isEqualTo(entriesBefore);
        assertThat(invoiceView(invoice).get("status").asText()).isEqualTo("OPEN");

        MvcResult agent = upload(Camt.statement(message).bytes(), AGENT);
        assertThat(agent.getResponse().getStatus()).as("agents do not import statements").isEqualTo(403);
    }

    private JsonNode refused(byte[] file) throws Exception {
        MvcResult result = upload(file, SYSTEM);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private BankEntry entryOf(Task task) {
        String key = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        return entries.findById(Long.parseLong(key.substring("BANK-".length()))).orElseThrow();
    }
}
