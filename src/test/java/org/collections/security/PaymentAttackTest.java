package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.collections.CaseTestSupport;
import org.collections.bank.BankEntry;
import org.collections.bank.BankEntryRepository;
import org.collections.bank.EntryStatus;
import org.collections.customer.AccountCreditRepository;
import org.collections.customer.CreditRefund;
import org.collections.customer.CreditRefundRepository;
import org.collections.invoice.PaymentRepository;
import org.collections.process.MatchPaymentProcess;
import org.collections.process.RefundCreditProcess;
import org.collections.text.Texts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The attacks of a user with a valid login on money coming in: bank statement files built to break the reader or the
 * database, crafted completions of Match payment and Decide refund, and pages out of range. Each is refused with the
 * right status and the field named, or handled as the payment it is; never a 500, nothing booked twice or wrongly,
 * the task still open when refused.
 */
class PaymentAttackTest extends CaseTestSupport {

    private static final String OUR_IBAN = "NL91ABNA0417164300";

    @Autowired
    TestRestTemplate http;
    @Autowired
    BankEntryRepository entries;
    @Autowired
    PaymentRepository payments;
    @Autowired
    CreditRefundRepository refunds;
    @Autowired
    AccountCreditRepository credits;
    @Autowired
    RepositoryService repository;

    // ================================================================== bank statement files

    @Test
    void documentTypeDeclarationsAreRefusedAndXIncludeIsNeverFollowed() throws Exception {
        String id = id();
        long before = payments.count();
        long entriesBefore = entries.count();
        String laughs = "<!DOCTYPE Document [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;"
                + "&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
        String external = "<!DOCTYPE Document SYSTEM \"http://127.0.0.1:1/evil.dtd\">";
        String parameter = "<!DOCTYPE Document [<!ENTITY % remote SYSTEM \"file:///etc/passwd\"> %remote;]>";
        for (String doctype : List.of(laughs, external, parameter)) {
            String xml = statement(id, OUR_IBAN, credit(id + "-1", "10.00", "&lol3;", null, null))
                    .replace("?>", "?>" + doctype);
            ResponseEntity<String> answer = upload(xml.getBytes(StandardCharsets.UTF_8), SYSTEM);
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(field(answer, "file")).contains("DOCTYPE");
        }
        // XInclude is not processed: the element is an unknown one, its file never read
        String xinclude = statement(id, OUR_IBAN, credit(id + "-2", "10.00", "Nobody " + word(), null,
                "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>"));
        ResponseEntity<String> included = upload(xinclude.getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(included.getStatusCode()).as(included.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(included.getBody()).doesNotContain("root:");
        BankEntry entry = entry(id + "-2");
        assertThat(entry.getRemittance()).as("nothing of the file made it in").isNull();
        assertThat(payments.count()).isEqualTo(before);
        assertThat(entries.count()).isEqualTo(entriesBefore + 1);
    }

    @Test
    void hugeValuesDeepNestingAndHugeNumbersAreAnsweredQuicklyAndSafely() throws Exception {
        String id = id();
        // 200,000 nested elements in a free text: read (or refused), never a stack overflow
        String deep = statement(id, OUR_IBAN, credit(id + "-1", "10.00", "Nobody " + word(), null,
                "<x>".repeat(200_000) + "</x>".repeat(200_000)));
        assertThat(upload(deep.getBytes(StandardCharsets.UTF_8), SYSTEM).getStatusCode().value()).isIn(200, 400);
        // a 10 MB attribute value without any entity
        String wide = statement(id + "w", OUR_IBAN, credit(id + "-2", "10.00", "Nobody " + word(), null, "text"))
                .replace("<Ntry>", "<Ntry junk=\"" + "a".repeat(10_000_000) + "\">");
        assertThat(upload(wide.getBytes(StandardCharsets.UTF_8), SYSTEM).getStatusCode().value()).isIn(200, 400);

        // an amount of a million digits: BigDecimal takes quadratic time to read it; refused before that
        StringBuilder digits = new StringBuilder("1");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 1_000_000; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        long started = System.nanoTime();
        ResponseEntity<String> huge = upload(statement(id + "h", OUR_IBAN, credit(id + "-3", digits.toString(),
                "Nobody", null, null)).getBytes(StandardCharsets.UTF_8), SYSTEM);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(huge.getStatusCode()).as(huge.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(huge, "Stmt[0].Ntry[0].Amt")).isNotBlank();
        assertThat(huge.getBody().length()).as("the answer does not echo the million digits").isLessThan(2_000);
        assertThat(millis).as("refused at once, not after seconds of arithmetic").isLessThan(5_000);
    }

    @Test
    void aFileOfManyBrokenEntriesGetsABoundedAnswer() throws Exception {
        // 100,000 empty entries (700 kB) would otherwise give 400,000 messages (30 MB); a 20 MB file 1.5 GB of them
        String xml = statement(id(), OUR_IBAN, "<Ntry/>".repeat(100_000));
        ResponseEntity<String> answer = upload(xml.getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().length()).as("a bounded list of errors").isLessThan(100_000);
        assertThat(field(answer, "Stmt[0].Ntry[0].Amt")).contains("missing");
    }

    @Test
    void encodingsAndByteOrderMarksAreReadAsDeclaredOrRefused() throws Exception {
        String id = id();
        String payer = "Caf\u00e9 M\u00fcller " + word();
        String xml = statement(id, OUR_IBAN, credit(id + "-1", "10.00", payer, null, "gift"));
        // UTF-8 with a byte order mark
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, xml.getBytes(StandardCharsets.UTF_8));
        assertThat(upload(bom, SYSTEM).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(entry(id + "-1").getPayerName()).isEqualTo(payer);
        // UTF-16 with its byte order mark, and ISO-8859-1 as declared: read as such, or refused; never mangled
        for (Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1)) {
            String other = id + "-" + charset.name();
            String declared = statement(other, OUR_IBAN, credit(other, "10.00", payer, null, "gift"))
                    .replace("encoding=\"UTF-8\"", "encoding=\"" + charset.name() + "\"");
            ResponseEntity<String> answer = upload(declared.getBytes(charset), SYSTEM);
            assertThat(answer.getStatusCode().value()).as(charset + ": " + answer.getBody()).isIn(200, 400);
            if (answer.getStatusCode().value() == 200) {
                assertThat(entry(other).getPayerName()).as(charset.name()).isEqualTo(payer);
            } else {
                assertThat(field(answer, "file")).isNotBlank();
            }
        }
        // Latin-1 bytes in a file that says nothing (so UTF-8): refused, not read as replacement characters
        String undeclared = id + "-undeclared";
        byte[] latin = statement(undeclared, OUR_IBAN, credit(undeclared, "10.00", payer, null, "gift"))
                .replace(" encoding=\"UTF-8\"", "").getBytes(StandardCharsets.ISO_8859_1);
        ResponseEntity<String> answer = upload(latin, SYSTEM);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(answer, "file")).contains("UTF-8");
        assertThat(entries.findByEntryKey(OUR_IBAN + ":" + undeclared)).isEmpty();
    }

    @Test
    void aFileThatIsNotAStatementOrBreaksTheRulesIsRefusedNamingTheFieldAndBooksNothing() throws Exception {
        String id = id();
        String number = invoiceOfCustomer(newCustomerNumber(), "Golf " + word(), "80.00");
        String rf = invoiceView(number).get("paymentReference").asText();
        long before = payments.count();
        long entriesBefore = entries.count();

        ResponseEntity<String> junk = upload(("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:"
                + "xsd:camt.053.001.02\"><junk>lorem ipsum</junk></Document>").getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(junk.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(junk, "file")).contains("no statement");
        assertThat(upload("just text, not XML".getBytes(StandardCharsets.UTF_8), SYSTEM).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // the same bank reference twice in one file: the second payment would be taken for a repeat and lost
        ResponseEntity<String> twice = upload(statement(id, OUR_IBAN, credit(id + "-1", "80.00", "Golf", rf, null)
                + credit(id + "-1", "500.00", "Golf", rf, null)).getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(twice.getStatusCode()).as(twice.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(twice, "Stmt[0].Ntry[1].AcctSvcrRef")).contains(id + "-1");

        for (String amount : List.of("-80.00", "0.00", "0", "1E+400", "1E+2", "NaN", "80.001", "Infinity",
                "8O.00", "")) {
            ResponseEntity<String> answer = upload(statement(id, OUR_IBAN, credit(id + "-2", amount, "Golf", rf,
                    null)).getBytes(StandardCharsets.UTF_8), SYSTEM);
            assertThat(answer.getStatusCode()).as(amount + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(field(answer, "Stmt[0].Ntry[0].Amt")).as(amount).isNotBlank();
        }
        // references longer than ISO 20022's Max35Text (the database keeps what a bank sends, no more)
        ResponseEntity<String> longRef = upload(statement(id, OUR_IBAN, credit("R".repeat(300), "80.00", "Golf", rf,
                null)).getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(longRef.getStatusCode()).as(longRef.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(longRef, "Stmt[0].Ntry[0].AcctSvcrRef")).contains("at most");
        ResponseEntity<String> longMessage = upload(statement("M".repeat(300), OUR_IBAN, credit(id + "-3", "80.00",
                "Golf", rf, null)).getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(longMessage.getStatusCode()).as(longMessage.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(longMessage, "GrpHdr.MsgId")).contains("at most");
        // a booking date no payment can have
        for (String day : List.of("+999999999-12-31", "0001-01-01", "2026-02-30")) {
            ResponseEntity<String> answer = upload(statement(id, OUR_IBAN, credit(id + "-4", "80.00", "Golf", rf,
                    null)).replace("2026-03-02", day).getBytes(StandardCharsets.UTF_8), SYSTEM);
            assertThat(answer.getStatusCode()).as(day + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(field(answer, "Stmt[0].Ntry[0].BookgDt")).as(day).isNotBlank();
        }
        assertThat(payments.count()).as("nothing booked").isEqualTo(before);
        assertThat(entries.count()).as("nothing kept").isEqualTo(entriesBefore);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void theBusinessAccountIsRecognisedInLowerCaseAndWithSpacesAndLineBreaks() throws Exception {
        for (String iban : List.of("nl91abna0417164300", "NL91 ABNA 0417 1643 00", "\n    NL91ABNA0417164300\n  ",
                "NL91\tABNA0417164300")) {
            String id = id();
            ResponseEntity<String> answer = upload(statement(id, iban, credit(id + "-1", "1.00", "Nobody " + word(),
                    null, "gift")).getBytes(StandardCharsets.UTF_8), SYSTEM);
            assertThat(answer.getStatusCode()).as("[" + iban + "] " + answer.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(entries.findByEntryKey(OUR_IBAN + ":" + id + "-1")).as("kept under the account's IBAN")
                    .isPresent();
        }
        // another account stays another account
        String id = id();
        ResponseEntity<String> other = upload(statement(id, "de89 3704 0044 0532 0130 00", credit(id + "-1", "1.00",
                "Nobody", null, null)).getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(other, "Stmt[0].Acct.Id.IBAN")).contains("not the business's account");
    }

    @Test
    void longPayerNamesAndTextsAndHundredsOfInvoiceNumbersWaitForAnAgentInsteadOfFailing() throws Exception {
        String id = id();
        String longName = ("Longname" + word() + " ").repeat(500);
        String longText = ("words " + word() + " ").repeat(700);
        ResponseEntity<String> answer = upload(statement(id, OUR_IBAN,
                credit(id + "-1", "12.34", longName, null, "gift")
                        + credit(id + "-2", "12.35", "Nobody " + word(), null, longText)).getBytes(StandardCharsets.UTF_8),
                SYSTEM);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        BankEntry named = entry(id + "-1");
        assertThat(named.getStatus()).isEqualTo(EntryStatus.TO_MATCH);
        assertThat(named.getPayerName()).hasSize(140);
        assertThat(matchTask(named)).isNotNull();
        assertThat(runtime.getVariable(matchTask(named).getProcessInstanceId(), "matchReason").toString().length())
                .isLessThanOrEqualTo(Texts.MAX_VARIABLE);
        BankEntry texted = entry(id + "-2");
        assertThat(texted.getRemittance()).hasSize(1000);
        assertThat(matchTask(texted)).isNotNull();

        // a text naming 90 invoices of 48 characters, several customers: an agent decides, whatever the text's size
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String number = ("N" + i + "-" + UUID.randomUUID() + UUID.randomUUID()).substring(0, 48);
            register(invoice(number, "10.00", today().plusDays(10)));
            numbers.add(number);
        }
        long before = payments.count();
        String many = id();
        ResponseEntity<String> listed = upload(statement(many, OUR_IBAN, credit(many + "-1", "900.00", "Nobody "
                + word(), null, String.join(" ", numbers))).getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(listed.getStatusCode()).as(listed.getBody()).isEqualTo(HttpStatus.OK);
        BankEntry listing = entry(many + "-1");
        assertThat(listing.getStatus()).isEqualTo(EntryStatus.TO_MATCH);
        assertThat(matchTask(listing)).isNotNull();
        assertThat(payments.count()).isEqualTo(before);
    }

    /** Prowide's own tree kept only the text after an entity: "T-1 &amp; T-2" booked everything on T-2. */
    @Test
    void aTextNamingTwoInvoicesAroundAnEntityPaysBoth() throws Exception {
        String customer = newCustomerNumber();
        String first = invoiceOfCustomer(customer, "Oscar " + word(), "40.00");
        String second = invoiceOfCustomer(customer, "Oscar", "60.00");
        String id = id();
        ResponseEntity<String> answer = upload(statement(id, OUR_IBAN, credit(id + "-1", "100.00", "Oscar", null,
                "Invoices " + first + " &amp; " + second)).getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(entry(id + "-1").getStatus()).isEqualTo(EntryStatus.BOOKED);
        assertThat(invoiceView(first).get("status").asText()).isEqualTo("PAID");
        assertThat(invoiceView(second).get("status").asText()).isEqualTo("PAID");
        assertThat(creditOf(customer)).as("nothing over-paid").isEqualByComparingTo("0");
    }

    private static final String UNESCAPED_TAG = "(?<!\\\\)<img";

    /** Anyone who sends money writes the payer's name and text an agent reads in Tasklist, where forms render Markdown. */
    @Test
    void markupInAPayersNameOrTextShowsAsTypedNotAsALinkOrImage() throws Exception {
        String id = id();
        String payer = "&lt;img src=https://evil.example/pixel.png&gt; " + word();
        String text = "[Pay the rest here](https://evil.example/pay) www.evil.example\n**Amount:** EUR 1,000,000.00";
        ResponseEntity<String> answer = upload(statement(id, OUR_IBAN, credit(id + "-1", "3.21", payer, null, text))
                .getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        BankEntry entry = entry(id + "-1");
        assertThat(entry.getPayerName()).as("kept as the bank sent it").startsWith("<img src=https://evil.example");
        String instance = matchTask(entry).getProcessInstanceId();
        String summary = runtime.getVariable(instance, "paymentSummary").toString();
        assertThat(summary).contains("\\<img src\\=https\\:\\/\\/evil\\.example", "\\[Pay the rest here\\]\\(https\\:",
                "www\\.evil\\.example \\*\\*Amount\\:\\*\\*").doesNotContain("](", "\n**Amount:** EUR 1")
                .doesNotContainPattern(UNESCAPED_TAG);
        assertThat(runtime.getVariable(instance, "matchReason").toString()).contains("\\<img")
                .doesNotContainPattern(UNESCAPED_TAG);
    }

    @Test
    void referencesOfOtherCustomersAndOfClosedInvoicesAreBookedAsThePayerSaid() throws Exception {
        // the payer decides what a payment is for: the reference of another customer's invoice books on it
        String customer = newCustomerNumber();
        String number = invoiceOfCustomer(customer, "Hotel " + word(), "50.00");
        String id = id();
        ResponseEntity<String> answer = upload(statement(id, OUR_IBAN, credit(id + "-1", "50.00",
                "Somebody Else " + word(), invoiceView(number).get("paymentReference").asText(), null))
                .getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(entry(id + "-1").getStatus()).isEqualTo(EntryStatus.BOOKED);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("PAID");
        runDueJobs();

        // the same reference again, now the invoice is closed: credit in full, a manager decides on its refund
        String again = id();
        ResponseEntity<String> closed = upload(statement(again, OUR_IBAN, credit(again + "-1", "50.00", "Hotel",
                invoiceView(number).get("paymentReference").asText(), null)).getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(closed.getStatusCode()).as(closed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(entry(again + "-1").getStatus()).isEqualTo(EntryStatus.BOOKED);
        JsonNode view = invoiceView(number);
        assertThat(view.get("status").asText()).isEqualTo("PAID");
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(getJson("/api/customers/" + customer).get("credit").toString()).contains("50");
        assertThat(tasks.createTaskQuery().processDefinitionKey(RefundCreditProcess.KEY)
                .processInstanceBusinessKey(customer).count()).isEqualTo(1);
    }

    @Test
    void uploadsAreForManagersAndSystemsAsMultipartFilesOfAtMost20MB() throws Exception {
        String id = id();
        byte[] file = statement(id, OUR_IBAN, credit(id + "-1", "1.00", "Nobody " + word(), null, "gift"))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(upload(file, AGENT).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(file, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(upload(file, "nosuchuser").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(entries.findByEntryKey(OUR_IBAN + ":" + id + "-1")).isEmpty();

        for (MediaType type : List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_PLAIN,
                MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_FORM_URLENCODED)) {
            ResponseEntity<String> answer = raw(file, type, SYSTEM);
            assertThat(answer.getStatusCode().value()).as(type + ": " + answer.getBody()).isIn(400, 415);
            assertThat(answer.getHeaders().getContentType()).as(type.toString())
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        // multipart, but broken or without the field
        ResponseEntity<String> broken = raw("--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"
                .getBytes(StandardCharsets.UTF_8), MediaType.parseMediaType("multipart/form-data; boundary=xyz"), SYSTEM);
        assertThat(broken.getStatusCode().value()).as(broken.getBody()).isEqualTo(400);
        ResponseEntity<String> noBoundary = raw(file, MediaType.MULTIPART_FORM_DATA, SYSTEM);
        assertThat(noBoundary.getStatusCode().value()).as(noBoundary.getBody()).isEqualTo(400);
        MultiValueMap<String, Object> otherField = new LinkedMultiValueMap<>();
        otherField.add("statement", named(file));
        ResponseEntity<String> missing = multipart(otherField, SYSTEM);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(missing, "file")).contains("missing");
        ResponseEntity<String> empty = upload(new byte[0], SYSTEM);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(empty, "file")).contains("empty");

        assertThat(statusOfLargeUpload(21 * 1024 * 1024)).as("above 20 MB").isEqualTo(413);

        assertThat(upload(file, MANAGER).getStatusCode()).as("a manager imports").isEqualTo(HttpStatus.OK);
    }

    // ================================================================== Match payment

    @Test
    void craftedMatchPaymentCompletionsAreRefusedNamingTheFieldAndBookNothing() throws Exception {
        String customer = newCustomerNumber();
        String open = invoiceOfCustomer(customer, "India " + word(), "12.34");
        BankEntry entry = unmatched("12.34");
        Task task = matchTask(entry);
        long paymentsBefore = payments.count();
        long outboxBefore = outbox.count();
        WebappSession agent = WebappSession.login(http, AGENT, PASSWORD, "tasklist");
        assertThat(agent.loginStatus()).isEqualTo(200);

        Map<Map<String, Object>, String> attacks = new java.util.LinkedHashMap<>();
        attacks.put(Map.of("matchTo", value("${outboxRepository.deleteAll()}")), "matchTo");
        attacks.put(Map.of("matchTo", value("#{outboxRepository.deleteAll()}")), "matchTo");
        attacks.put(Map.of("matchTo", value("INVOICE:${outboxRepository.deleteAll()}")), "matchTo");
        attacks.put(Map.of("matchTo", value("x".repeat(4001))), "matchTo");
        attacks.put(Map.of("matchTo", value("INVOICE:" + "x".repeat(3990))), "matchTo");
        attacks.put(Map.of("matchTo", value("ACCOUNT:NO-SUCH-" + customer)), "matchTo");
        attacks.put(Map.of("matchTo", value("INVOICE:")), "matchTo");
        attacks.put(Map.of("matchTo", value("")), "matchTo");
        attacks.put(Map.of("matchTo", value("OTHER"), "matchOther", value("o".repeat(10_000))), "matchOther");
        attacks.put(Map.of("matchTo", value("OTHER"), "matchOther", value("o".repeat(51))), "matchOther");
        attacks.put(Map.of("matchTo", value("OTHER")), "matchOther");
        attacks.put(Map.of("matchTo", value("NOT_OURS"), "matchNotes", value("n".repeat(4001))), "matchNotes");
        attacks.put(Map.of("matchTo", value("NOT_OURS"), "matchDecision", value("BOOKED")), "matchDecision");
        attacks.put(Map.of("matchTo", value("INVOICE:" + open), "matchCandidates", value("[]")), "matchCandidates");
        attacks.put(Map.of("matchTo", Map.of("value", "{\"value\":\"INVOICE:" + open + "\"}", "type", "Json")),
                "matchTo");
        attacks.put(Map.of("matchTo", Map.of("type", "Object", "value", "rO0ABXQABGV2aWw=", "valueInfo", Map.of(
                "objectTypeName", "java.lang.String", "serializationDataFormat",
                "application/x-java-serialized-object"))), "matchTo");
        attacks.put(Map.of("matchTo", Map.of("type", "Object", "value", "{}", "valueInfo", Map.of(
                "objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json"))), "matchTo");
        attacks.put(Map.of("matchTo", value("NOT_OURS\u0000")), "matchTo");
        for (var attack : attacks.entrySet()) {
            for (String endpoint : List.of("/complete", "/submit-form")) {
                ResponseEntity<String> viaRest = rest(HttpMethod.POST, "/engine-rest/task/" + task.getId() + endpoint,
                        AGENT, Map.of("variables", attack.getKey()));
                assertThat(viaRest.getStatusCode()).as(attack + ": " + viaRest.getBody())
                        .isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(viaRest.getBody()).as(attack.toString()).contains(attack.getValue());
            }
            ResponseEntity<String> viaWebapp = agent.engine(HttpMethod.POST, "/task/" + task.getId() + "/submit-form",
                    Map.of("variables", attack.getKey()));
            assertThat(viaWebapp.getStatusCode()).as(attack + ": " + viaWebapp.getBody())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task open after " + attack)
                    .isEqualTo(1);
        }
        assertThat(entries.findById(entry.getId()).orElseThrow().getStatus()).isEqualTo(EntryStatus.TO_MATCH);
        assertThat(payments.count()).isEqualTo(paymentsBefore);
        assertThat(outbox.count()).as("no expression ran").isGreaterThanOrEqualTo(outboxBefore);
        assertThat(invoiceView(open).get("status").asText()).isEqualTo("OPEN");
        // the task is still the agent's to complete as the form says
        ResponseEntity<String> done = rest(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", AGENT,
                Map.of("variables", Map.of("matchTo", value("INVOICE:" + open))));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(invoiceView(open).get("status").asText()).isEqualTo("PAID");
    }

    @Test
    void aPaymentMatchedToAClosedInvoiceBecomesCreditNotASecondPayment() throws Exception {
        String customer = newCustomerNumber();
        String paid = invoiceOfCustomer(customer, "Juliett " + word(), "20.00");
        assertThat(pay(paid, "20.00", "PAID-" + paid).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        BankEntry entry = unmatched("20.00");
        ResponseEntity<String> answer = rest(HttpMethod.POST, "/engine-rest/task/" + matchTask(entry).getId()
                + "/complete", AGENT, Map.of("variables", Map.of("matchTo", value("INVOICE:" + paid))));
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode view = invoiceView(paid);
        assertThat(view.get("status").asText()).isEqualTo("PAID");
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(entries.findById(entry.getId()).orElseThrow().getStatus()).isEqualTo(EntryStatus.BOOKED);
        assertThat(getJson("/api/customers/" + customer).get("credit").toString()).contains("20");
        assertThat(tasks.createTaskQuery().processDefinitionKey(RefundCreditProcess.KEY)
                .processInstanceBusinessKey(customer).count()).as("a manager decides on the refund").isEqualTo(1);
    }

    @Test
    void twoAgentsCompletingTheSameMatchAtOnceBookItOnce() throws Exception {
        String number = invoiceOfCustomer(newCustomerNumber(), "Kilo " + word(), "100.00");
        BankEntry entry = unmatched("40.00");
        String taskId = matchTask(entry).getId();
        Callable<ResponseEntity<String>> complete = () -> rest(HttpMethod.POST, "/engine-rest/task/" + taskId
                + "/complete", AGENT, Map.of("variables", Map.of("matchTo", value("INVOICE:" + number))));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ResponseEntity<String>>> answers = pool.invokeAll(List.of(complete, complete));
            List<Integer> statuses = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : answers) {
                statuses.add(answer.get().getStatusCode().value());
                assertThat(answer.get().getStatusCode().value()).as(answer.get().getBody()).isLessThan(500);
            }
            assertThat(statuses).contains(204);
        } finally {
            pool.shutdown();
        }
        assertThat(invoiceView(number).get("balance").decimalValue()).as("booked once").isEqualByComparingTo("60.00");
        assertThat(payments.findByReferenceAndAccountPaymentIdIsNull(entry.paymentReference())).isPresent();
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        // completing it again afterwards, or a task that never was: the task is gone, a 400 saying so
        ResponseEntity<String> late = complete.call();
        assertThat(late.getStatusCode()).as(late.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(late.getBody()).contains("does not exist");
        ResponseEntity<String> never = rest(HttpMethod.POST, "/engine-rest/task/" + UUID.randomUUID() + "/submit-form",
                AGENT, Map.of("variables", Map.of("matchTo", value("NOT_OURS"))));
        assertThat(never.getStatusCode()).as(never.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("60.00");
    }

    @Test
    void aMatchOfAPaymentDecidedMeanwhileIsRefusedAndTheTaskStaysOpen() throws Exception {
        String number = invoiceOfCustomer(newCustomerNumber(), "Lima " + word(), "100.00");
        BankEntry entry = unmatched("30.00");
        Task task = matchTask(entry);
        // as if it had been decided elsewhere (another task of the same payment, a repair)
        BankEntry stored = entries.findById(entry.getId()).orElseThrow();
        org.springframework.test.util.ReflectionTestUtils.setField(stored, "status", EntryStatus.NOT_OURS);
        entries.saveAndFlush(stored);
        ResponseEntity<String> answer = rest(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                AGENT, Map.of("variables", Map.of("matchTo", value("INVOICE:" + number))));
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("matchTo", "NOT_OURS already");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void agentsCannotStartMatchOrRefundCasesNorChangeTheirVariablesNorModifyThem() throws Exception {
        String customer = newCustomerNumber();
        String number = invoiceOfCustomer(customer, "Mike " + word(), "100.00");
        BankEntry entry = unmatched("55.00");
        Task task = matchTask(entry);
        String instance = task.getProcessInstanceId();
        long matchCases = runtime.createProcessInstanceQuery().processDefinitionKey(MatchPaymentProcess.KEY).count();
        long refundCases = runtime.createProcessInstanceQuery().processDefinitionKey(RefundCreditProcess.KEY).count();
        for (String user : List.of(AGENT, MANAGER)) {
            for (String key : List.of(MatchPaymentProcess.KEY, RefundCreditProcess.KEY)) {
                ResponseEntity<String> started = rest(HttpMethod.POST, "/engine-rest/process-definition/key/" + key
                        + "/start", user, Map.of("businessKey", "BANK-" + entry.getId(), "variables", Map.of(
                                "refundId", Map.of("value", 1, "type", "Long"))));
                // 404 where the user may not even read the definition (refunds are not an agent's)
                assertThat(started.getStatusCode().value()).as(user + " " + key + ": " + started.getBody())
                        .isIn(403, 404);
                ResponseEntity<String> form = rest(HttpMethod.POST, "/engine-rest/process-definition/key/" + key
                        + "/submit-form", user, Map.of("businessKey", customer, "variables", Map.of()));
                assertThat(form.getStatusCode().value()).as(user + " " + key + ": " + form.getBody())
                        .isIn(400, 403, 404);
            }
            ResponseEntity<String> message = rest(HttpMethod.POST, "/engine-rest/message", user, Map.of(
                    "messageName", RefundCreditProcess.MSG_CREDIT_ARISEN, "businessKey", customer,
                    "processVariables", Map.of("refundId", Map.of("value", 1, "type", "Long"))));
            assertThat(message.getStatusCode()).as(message.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
            ResponseEntity<String> modified = rest(HttpMethod.POST, "/engine-rest/process-instance/" + instance
                    + "/modification", user, Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                            "activityId", MatchPaymentProcess.END_PAYMENT_BOOKED))));
            assertThat(modified.getStatusCode()).as(modified.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
            String definition = repository.createProcessDefinitionQuery().processDefinitionKey(MatchPaymentProcess.KEY)
                    .latestVersion().singleResult().getId();
            ResponseEntity<String> migrated = rest(HttpMethod.POST, "/engine-rest/migration/execute", user, Map.of(
                    "migrationPlan", Map.of("sourceProcessDefinitionId", definition, "targetProcessDefinitionId",
                            definition, "instructions", List.of()), "processInstanceIds", List.of(instance)));
            assertThat(migrated.getStatusCode()).as(migrated.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (ResponseEntity<String> answer : List.of(
                rest(HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/variables", AGENT,
                        Map.of("modifications", Map.of("matchDecision", value("BOOKED")))),
                rest(HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/matchCandidates", AGENT,
                        value("[{\"label\":\"x\",\"value\":\"INVOICE:" + number + "\"}]")),
                rest(HttpMethod.PUT, "/engine-rest/task/" + task.getId() + "/variables/matchTo", AGENT,
                        value("INVOICE:" + number)),
                rest(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/localVariables", AGENT,
                        Map.of("modifications", Map.of("matchTo", value("INVOICE:" + number)))),
                rest(HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, AGENT, null),
                rest(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/bpmnError", AGENT,
                        Map.of("errorCode", "x")))) {
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MatchPaymentProcess.KEY).count())
                .isEqualTo(matchCases);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RefundCreditProcess.KEY).count())
                .isEqualTo(refundCases);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(runtime.getVariable(instance, "matchDecision")).isNull();
        assertThat(entries.findById(entry.getId()).orElseThrow().getStatus()).isEqualTo(EntryStatus.TO_MATCH);
        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void aManagersVariableEditOnAMatchCaseCannotBookThePaymentByItself() throws Exception {
        String number = invoiceOfCustomer(newCustomerNumber(), "November " + word(), "100.00");
        BankEntry entry = unmatched("25.00");
        Task task = matchTask(entry);
        ResponseEntity<String> edited = rest(HttpMethod.PUT, "/engine-rest/process-instance/"
                + task.getProcessInstanceId() + "/variables/matchDecision", MANAGER, value("BOOKED"));
        assertThat(edited.getStatusCode().value()).as(edited.getBody()).isIn(204, 403);
        // the decision comes from the form, carried out by the listener, whatever the variable said
        ResponseEntity<String> done = rest(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", AGENT,
                Map.of("variables", Map.of("matchTo", value("NOT_OURS"))));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(entries.findById(entry.getId()).orElseThrow().getStatus()).isEqualTo(EntryStatus.NOT_OURS);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getEndActivityId()).isEqualTo(MatchPaymentProcess.END_PAYMENT_NOT_OURS);
        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("100.00");
    }

    // ================================================================== Decide refund

    @Test
    void anAgentNeitherSeesNorCompletesARefund() throws Exception {
        String customer = newCustomerNumber();
        Task refund = refundTaskAfterOverpayment(customer);
        ResponseEntity<String> list = rest(HttpMethod.GET, "/engine-rest/task?processDefinitionKey="
                + RefundCreditProcess.KEY + "&maxResults=100", AGENT, null);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).doesNotContain(refund.getId());
        assertThat(rest(HttpMethod.GET, "/engine-rest/task/" + refund.getId(), AGENT, null).getStatusCode().value())
                .isIn(403, 404);
        assertThat(rest(HttpMethod.GET, "/engine-rest/task/" + refund.getId() + "/form-variables", AGENT, null)
                .getStatusCode().value()).isIn(403, 404);
        for (String endpoint : List.of("/complete", "/submit-form")) {
            ResponseEntity<String> answer = rest(HttpMethod.POST, "/engine-rest/task/" + refund.getId() + endpoint,
                    AGENT, Map.of("variables", Map.of("refundDecision", value("REFUND"))));
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(403, 404);
        }
        assertThat(rest(HttpMethod.POST, "/engine-rest/task/" + refund.getId() + "/claim", AGENT,
                Map.of("userId", AGENT)).getStatusCode().value()).isIn(403, 404);
        WebappSession agent = WebappSession.login(http, AGENT, PASSWORD, "tasklist");
        assertThat(agent.engine(HttpMethod.POST, "/task/" + refund.getId() + "/submit-form",
                Map.of("variables", Map.of("refundDecision", value("REFUND")))).getStatusCode().value()).isIn(403, 404);
        assertThat(tasks.createTaskQuery().taskId(refund.getId()).count()).isEqualTo(1);
        assertThat(creditOf(customer)).isEqualByComparingTo("20.00");
    }

    @Test
    void aManagersCraftedRefundDecisionIsRefusedKeepsTheTaskAndMovesNoMoney() throws Exception {
        String customer = newCustomerNumber();
        Task refund = refundTaskAfterOverpayment(customer);
        String other = newCustomerNumber();
        Task othersRefund = refundTaskAfterOverpayment(other);
        Long othersRefundId = (Long) runtime.getVariable(othersRefund.getProcessInstanceId(), "refundId");

        Map<Map<String, Object>, String> attacks = new java.util.LinkedHashMap<>();
        for (String decision : List.of("MAYBE", "refund", "REFUND ", "", "${true}", "KEEP;REFUND")) {
            attacks.put(Map.of("refundDecision", value(decision)), "refundDecision");
        }
        attacks.put(Map.of("refundDecision", Map.of("value", true)), "refundDecision");
        attacks.put(Map.of("refundDecision", value("REFUND"), "refundId", Map.of("value", othersRefundId,
                "type", "Long")), "refundId");
        attacks.put(Map.of("refundDecision", value("REFUND"), "refundAmount", value("1000000.00")), "refundAmount");
        attacks.put(Map.of("refundDecision", value("REFUND"), "refundNotes", value("n".repeat(4001))), "refundNotes");
        for (var attack : attacks.entrySet()) {
            for (String endpoint : List.of("/complete", "/submit-form")) {
                ResponseEntity<String> answer = rest(HttpMethod.POST, "/engine-rest/task/" + refund.getId() + endpoint,
                        MANAGER, Map.of("variables", attack.getKey()));
                assertThat(answer.getStatusCode()).as(attack + ": " + answer.getBody())
                        .isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(answer.getBody()).as(attack.toString()).contains(attack.getValue());
            }
        }
        // a manager may edit a variable in Cockpit; pointing the case at another customer's credit refunds nothing
        ResponseEntity<String> edited = rest(HttpMethod.PUT, "/engine-rest/process-instance/"
                + refund.getProcessInstanceId() + "/variables/refundId", MANAGER,
                Map.of("value", othersRefundId, "type", "Long"));
        assertThat(edited.getStatusCode()).as(edited.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> answer = rest(HttpMethod.POST, "/engine-rest/task/" + refund.getId() + "/complete",
                MANAGER, Map.of("variables", Map.of("refundDecision", value("REFUND"))));
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("refundId");
        runDueJobs();

        assertThat(tasks.createTaskQuery().taskId(refund.getId()).count()).as("task still open").isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(othersRefund.getId()).count()).isEqualTo(1);
        assertThat(creditOf(customer)).isEqualByComparingTo("20.00");
        assertThat(creditOf(other)).isEqualByComparingTo("20.00");
        assertThat(refunds.findById(othersRefundId).orElseThrow().getStatus()).isEqualTo(CreditRefund.Status.OPEN);
    }

    // ================================================================== pages

    @Test
    void pagesOutOfRangeAreBadRequestsNamingTheParameter() throws Exception {
        for (String path : List.of("/api/outbox", "/api/payments/unmatched", "/api/bank-statements/payments",
                "/api/invoices", "/api/customers")) {
            Map<String, String> bad = new java.util.LinkedHashMap<>();
            bad.put("page=-1", "page");
            bad.put("page=100001", "page");
            bad.put("page=2147483647", "page");
            bad.put("page=2147483648", "page");
            bad.put("page=99999999999999999999", "page");
            bad.put("page=abc", "page");
            bad.put("page=1e3", "page");
            bad.put("page=1.5", "page");
            bad.put("size=0", "size");
            bad.put("size=-5", "size");
            bad.put("size=501", "size");
            bad.put("size=2147483647", "size");
            bad.put("size=-2147483648", "size");
            bad.put("size=%00", "size");
            bad.put("page=-1&size=0", "page");
            for (var query : bad.entrySet()) {
                ResponseEntity<String> answer = rest(HttpMethod.GET, path + "?" + query.getKey(), SYSTEM, null);
                assertThat(answer.getStatusCode()).as(path + "?" + query.getKey() + ": " + answer.getBody())
                        .isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(json.readTree(answer.getBody()).at("/errors/" + query.getValue()).asText())
                        .as(path + "?" + query.getKey() + ": " + answer.getBody()).isNotBlank();
            }
            ResponseEntity<String> last = rest(HttpMethod.GET, path + "?page=100000&size=500", SYSTEM, null);
            assertThat(last.getStatusCode()).as(path + ": " + last.getBody()).isEqualTo(HttpStatus.OK);
        }
    }

    // ================================================================== helpers

    private static String id() {
        return "ATK-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    private static String statement(String messageId, String iban, String entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>%s</MsgId><CreDtTm>2026-03-02T18:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>S-1</Id>
                      <CreDtTm>2026-03-02T18:00:00</CreDtTm>
                      <Acct><Id><IBAN>%s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      %s
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(messageId, iban, entries);
    }

    /** A credit; payer, reference and text may hold markup of their own. */
    private static String credit(String bankRef, String amount, String payer, String reference, String text) {
        String remittance = (text == null ? "" : "<Ustrd>" + text + "</Ustrd>")
                + (reference == null ? "" : "<Strd><CdtrRefInf><Ref>" + reference + "</Ref></CdtrRefInf></Strd>");
        return """
                <Ntry>
                  <Amt Ccy="EUR">%s</Amt>
                  <CdtDbtInd>CRDT</CdtDbtInd>
                  <Sts>BOOK</Sts>
                  <BookgDt><Dt>2026-03-02</Dt></BookgDt>
                  <AcctSvcrRef>%s</AcctSvcrRef>
                  <NtryDtls><TxDtls>
                    <RltdPties><Dbtr><Nm>%s</Nm></Dbtr></RltdPties>
                    %s
                  </TxDtls></NtryDtls>
                </Ntry>
                """.formatted(amount, bankRef, payer, remittance.isEmpty() ? "" : "<RmtInf>" + remittance + "</RmtInf>");
    }

    private ResponseEntity<String> upload(byte[] file, String user) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", named(file));
        return multipart(parts, user);
    }

    private static ByteArrayResource named(byte[] file) {
        return new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "statement.xml";
            }
        };
    }

    private ResponseEntity<String> multipart(MultiValueMap<String, Object> parts, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        auth(headers, user);
        return http.exchange("/api/bank-statements", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    }

    private ResponseEntity<String> raw(byte[] body, MediaType type, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        auth(headers, user);
        return http.exchange("/api/bank-statements", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /**
     * The status a large upload gets. Over a socket: the server answers 413 before it has read the body and then
     * closes the connection, which an HTTP client still writing the body reports as an I/O error, not as the answer.
     */
    private int statusOfLargeUpload(int size) throws Exception {
        String boundary = "attack" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.xml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        java.net.URI root = java.net.URI.create(http.getRootUri());
        try (java.net.Socket socket = new java.net.Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(60_000);
            String credentials = java.util.Base64.getEncoder().encodeToString((MANAGER + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            String request = "POST /api/bank-statements HTTP/1.1\r\nHost: " + root.getHost() + "\r\n"
                    + "Authorization: Basic " + credentials + "\r\nContent-Type: multipart/form-data; boundary="
                    + boundary + "\r\nContent-Length: " + (head.length + size + tail.length)
                    + "\r\nConnection: close\r\n\r\n";
            Thread writer = new Thread(() -> {
                try {
                    var out = socket.getOutputStream();
                    out.write(request.getBytes(StandardCharsets.US_ASCII));
                    out.write(head);
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    for (int sent = 0; sent < size; sent += chunk.length) {
                        out.write(chunk, 0, Math.min(chunk.length, size - sent));
                    }
                    out.write(tail);
                    out.flush();
                } catch (java.io.IOException e) {
                    // the server stopped reading after its answer
                }
            });
            writer.start();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            writer.join(60_000);
            assertThat(status).as("status line").startsWith("HTTP/1.1 ");
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private static void auth(HttpHeaders headers, String user) {
        if (user != null) {
            headers.setBasicAuth(user, ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD);
        }
    }

    private ResponseEntity<String> rest(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        auth(headers, user);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private String field(ResponseEntity<String> answer, String field) throws Exception {
        JsonNode errors = json.readTree(answer.getBody()).get("errors");
        assertThat(errors).as("errors of " + answer.getBody()).isNotNull();
        assertThat(errors.has(field)).as(field + " in " + answer.getBody()).isTrue();
        return errors.get(field).asText();
    }

    private BankEntry entry(String bankRef) {
        return entries.findByEntryKey(OUR_IBAN + ":" + bankRef).orElseThrow(() -> new AssertionError(
                "no bank entry " + bankRef));
    }

    private Task matchTask(BankEntry entry) {
        return tasks.createTaskQuery().taskDefinitionKey(MatchPaymentProcess.TASK_MATCH_PAYMENT)
                .processInstanceBusinessKey(entry.caseKey()).singleResult();
    }

    /** A payment of a stranger, with no reference and no invoice number: it waits for an agent. */
    private BankEntry unmatched(String amount) {
        String id = id();
        ResponseEntity<String> answer = upload(statement(id, OUR_IBAN, credit(id + "-1", amount, "Stranger " + word(),
                null, "for you")).getBytes(StandardCharsets.UTF_8), SYSTEM);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        BankEntry entry = entry(id + "-1");
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.TO_MATCH);
        assertThat(matchTask(entry)).isNotNull();
        return entry;
    }

    /** An invoice of 100.00 paid with 120.00: 20.00 credit and a Decide refund task. */
    private Task refundTaskAfterOverpayment(String customer) throws Exception {
        String number = registerInvoicesOf(customer, today().plusDays(10), "en", "100.00").get(0);
        assertThat(pay(number, "120.00", "OVER-" + number).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        Task task = tasks.createTaskQuery().processDefinitionKey(RefundCreditProcess.KEY)
                .processInstanceBusinessKey(customer).taskDefinitionKey(RefundCreditProcess.TASK_DECIDE_REFUND)
                .singleResult();
        assertThat(task).isNotNull();
        assertThat(creditOf(customer)).isEqualByComparingTo("20.00");
        return task;
    }

    private java.math.BigDecimal creditOf(String customer) throws Exception {
        JsonNode credit = getJson("/api/customers/" + customer).get("credit");
        if (credit == null || credit.isNull() || credit.isEmpty()) {
            return java.math.BigDecimal.ZERO;
        }
        JsonNode first = credit.isArray() ? credit.get(0) : credit;
        JsonNode amount = first.has("amount") ? first.get("amount") : first.has("EUR") ? first.get("EUR") : first;
        return new java.math.BigDecimal(amount.asText().replaceAll("[^0-9.\\-]", ""));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
