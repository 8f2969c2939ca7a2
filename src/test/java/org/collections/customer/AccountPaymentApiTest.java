package org.collections.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.CaseTestSupport;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.Money;
import org.collections.invoice.PaymentRepository;
import org.collections.process.CollectionProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Payments to a customer account: booked on the open invoices oldest due first or as allocated, the rest kept as
 * credit for the next invoice; idempotent by reference; bad input books nothing; two at once book one after the other.
 */
class AccountPaymentApiTest extends CaseTestSupport {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @Autowired
    InvoiceRepository invoices;
    @Autowired
    PaymentRepository payments;
    @Autowired
    AccountPaymentRepository accountPayments;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static String newCustomer() {
        return "K-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, Object> of(String customer, String number, String amount, LocalDate due) {
        return invoiceOf(customer, number, amount, due, false, "en", "BUSINESS");
    }

    private Map<String, Object> inCurrency(Map<String, Object> invoice, String currency) {
        Map<String, Object> copy = new HashMap<>(invoice);
        copy.put("currency", currency);
        return copy;
    }

    /** Registers the invoices (number, amount, due date) for the customer; answers their numbers. */
    private List<String> open(String customer, Object... numberAmountDue) throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < numberAmountDue.length; i += 3) {
            String number = (String) numberAmountDue[i];
            register(of(customer, number, (String) numberAmountDue[i + 1], (LocalDate) numberAmountDue[i + 2]));
            numbers.add(number);
        }
        return numbers;
    }

    private static Map<String, Object> payment(String amount, String reference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amount);
        body.put("currency", "EUR");
        body.put("paidAt", today().toString());
        body.put("reference", reference);
        return body;
    }

    private static Map<String, Object> allocated(String amount, String reference, Object... invoiceAmount) {
        Map<String, Object> body = payment(amount, reference);
        List<Map<String, Object>> allocations = new ArrayList<>();
        for (int i = 0; i < invoiceAmount.length; i += 2) {
            allocations.add(Map.of("invoice", invoiceAmount[i], "amount", invoiceAmount[i + 1]));
        }
        body.put("allocations", allocations);
        return body;
    }

    private MvcResult payAccount(String customer, Object body) throws Exception {
        return postJson("/api/customers/" + customer + "/payments", body);
    }

    private JsonNode paid(String customer, Object body, int status) throws Exception {
        MvcResult result = payAccount(customer, body);
        String answer = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(answer).isEqualTo(status);
        return json.readTree(answer);
    }

    private static String reference() {
        return "ACC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private BigDecimal balance(String number) throws Exception {
        return invoiceView(number).get("balance").decimalValue();
    }

    private String status(String number) throws Exception {
        return invoiceView(number).get("status").asText();
    }

    private JsonNode account(String customer) throws Exception {
        return getJson("/api/customers/" + customer);
    }

    private List<String> accountDossier(String customer) throws Exception {
        List<String> entries = new ArrayList<>();
        account(customer).get("dossier").forEach(e -> entries.add(e.get("type").asText() + " "
                + e.get("summary").asText()));
        return entries;
    }

    private boolean endedPaid(String number) {
        return history.createHistoricActivityInstanceQuery().activityId(CollectionProcess.END_INVOICE_PAID)
                .processInstanceId(history.createHistoricProcessInstanceQuery().processDefinitionKey(CollectionProcess.KEY)
                        .processInstanceBusinessKey(number).singleResult().getId()).count() == 1;
    }

    private static List<String> allocationsOf(JsonNode body) {
        List<String> rows = new ArrayList<>();
        body.get("allocations").forEach(a -> rows.add(a.get("invoice").asText() + " " + cents(a.get("amount")) + " "
                + cents(a.get("balance")) + " " + a.get("status").asText()));
        return rows;
    }

    private static String cents(JsonNode amount) {
        return amount.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    // ------------------------------------------------------------------ oldest due date first

    @Test
    void aPaymentEqualToTheTwoOldestInvoicesEndsTheirCasesAndLeavesTheThirdAsItWas() throws Exception {
        String customer = newCustomer();
        String oldest = "A-" + newNumber();
        String middle = "B-" + newNumber();
        String newest = "C-" + newNumber();
        // registered out of order: the due date decides, not the registration
        open(customer, newest, "400.00", DUE.plusDays(10), oldest, "100.00", DUE, middle, "250.00", DUE.plusDays(5));
        long rowsBefore = payments.count();
        String reference = reference();

        JsonNode body = paid(customer, payment("350.00", reference), 201);
        assertThat(body.get("reference").asText()).isEqualTo(reference);
        assertThat(body.get("amount").decimalValue()).isEqualByComparingTo("350.00");
        assertThat(body.get("currency").asText()).isEqualTo("EUR");
        assertThat(allocationsOf(body)).containsExactly(oldest + " 100.00 0.00 PAID", middle + " 250.00 0.00 PAID");
        assertThat(body.get("credit").decimalValue()).isEqualByComparingTo("0");
        runDueJobs();

        for (String number : List.of(oldest, middle)) {
            assertThat(caseOf(number)).as("case of " + number).isNull();
            assertThat(endedPaid(number)).as(number + " ended as paid").isTrue();
            assertThat(status(number)).isEqualTo("PAID");
            assertThat(balance(number)).isEqualByComparingTo("0");
            assertThat(dossierText(number)).contains("received on account " + customer)
                    .contains("reference " + reference);
            assertThat(letterTypes(number)).contains("PAYMENT_RECEIPT/EMAIL");
        }
        assertThat(caseOf(newest)).isNotNull();
        assertThat(status(newest)).isEqualTo("OPEN");
        assertThat(balance(newest)).isEqualByComparingTo("400.00");
        assertThat(dossierText(newest)).doesNotContain(reference);
        assertThat(payments.count()).isEqualTo(rowsBefore + 2);
        assertThat(payments.findAll().stream().filter(p -> reference.equals(p.getReference()))
                .map(p -> p.getInvoiceNumber() + " " + p.amount())).containsExactlyInAnyOrder(
                        oldest + " EUR 100.00", middle + " EUR 250.00");
        assertThat(accountDossier(customer)).anyMatch(e -> e.startsWith("PAYMENT Payment EUR 350.00 received on the "
                + "account (reference " + reference));
        assertThat(account(customer).get("credit")).isEmpty();
    }

    @Test
    void invoicesDueTheSameDayArePaidInTheOrderOfTheirNumbers() throws Exception {
        String customer = newCustomer();
        String suffix = newNumber();
        open(customer, "Z-" + suffix, "100.00", DUE, "M-" + suffix, "100.00", DUE, "Y-" + suffix, "100.00",
                DUE.minusDays(1));

        JsonNode body = paid(customer, payment("150.00", reference()), 201);

        assertThat(allocationsOf(body)).containsExactly("Y-" + suffix + " 100.00 0.00 PAID",
                "M-" + suffix + " 50.00 50.00 OPEN");
        assertThat(balance("Z-" + suffix)).isEqualByComparingTo("100.00");
    }

    @Test
    void aSettlementOfferHoldsForEachInvoiceTheAccountPaymentReaches() throws Exception {
        String customer = newCustomer();
        String offered = newNumber();
        String next = newNumber();
        open(customer, offered, "1000.00", DUE, next, "300.00", DUE.plusDays(1));
        Invoice invoice = invoices.findByNumber(offered).orElseThrow();
        invoice.offerDiscount(Money.of(new BigDecimal("200.00"), "EUR"), today().plusDays(7));
        invoices.saveAndFlush(invoice);

        // 800 settles the offered invoice, the rest goes to the next one
        JsonNode body = paid(customer, payment("900.00", reference()), 201);

        assertThat(allocationsOf(body)).containsExactly(offered + " 800.00 0.00 PAID", next + " 100.00 200.00 OPEN");
        assertThat(dossierText(offered)).contains("Settlement offer accepted: EUR 200.00 forgiven");
        runDueJobs();
        assertThat(caseOf(offered)).isNull();
        assertThat(balance(next)).isEqualByComparingTo("200.00");
    }

    // ------------------------------------------------------------------ credit

    @Test
    void anOverpaymentIsCreditOnTheAccountAndPaysTheCustomersNextInvoices() throws Exception {
        String customer = newCustomer();
        String first = newNumber();
        open(customer, first, "100.00", DUE);
        String reference = reference();

        JsonNode body = paid(customer, payment("180.00", reference), 201);

        assertThat(allocationsOf(body)).containsExactly(first + " 100.00 0.00 PAID");
        assertThat(body.get("credit").decimalValue()).isEqualByComparingTo("80.00");
        JsonNode account = account(customer);
        assertThat(account.get("credit")).hasSize(1);
        assertThat(account.at("/credit/0/currency").asText()).isEqualTo("EUR");
        assertThat(account.at("/credit/0/amount").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(accountDossier(customer)).anyMatch(e -> e.startsWith("PAYMENT Payment EUR 180.00")
                && e.contains("EUR 80.00 left as credit") && e.endsWith("credit now EUR 80.00"));

        // fully covered by the credit: paid at once, and its case ends
        String covered = newNumber();
        register(of(customer, covered, "50.00", DUE.plusDays(30)));
        assertThat(status(covered)).isEqualTo("PAID");
        assertThat(balance(covered)).isEqualByComparingTo("0");
        assertThat(dossierText(covered)).contains("Credit EUR 50.00 from the customer's account used");
        runDueJobs();
        assertThat(caseOf(covered)).isNull();
        assertThat(endedPaid(covered)).isTrue();
        assertThat(account(customer).at("/credit/0/amount").decimalValue()).isEqualByComparingTo("30.00");

        // partly covered: the rest stays owed, the case runs on, the credit is used up
        String partly = newNumber();
        register(of(customer, partly, "100.00", DUE.plusDays(30)));
        assertThat(status(partly)).isEqualTo("OPEN");
        assertThat(balance(partly)).isEqualByComparingTo("70.00");
        runDueJobs();
        assertThat(caseOf(partly)).isNotNull();
        assertThat(account(customer).get("credit")).isEmpty();
        assertThat(accountDossier(customer))
                .anyMatch(e -> e.equals("PAYMENT Credit EUR 50.00 used for invoice " + covered + "; credit now EUR 30.00"))
                .anyMatch(e -> e.equals("PAYMENT Credit EUR 30.00 used for invoice " + partly + "; credit now EUR 0.00"));
    }

    @Test
    void creditPaysAnInvoiceEnteredInTasklistAndItsCaseEnds() throws Exception {
        String customer = newCustomer();
        open(customer, newNumber(), "100.00", DUE);
        paid(customer, payment("300.00", reference()), 201);

        String number = newNumber();
        Map<String, Object> form = new HashMap<>(Map.of("number", number, "amount", 120.0, "currency", "EUR",
                "issueDate", "2026-03-01", "dueDate", DUE.plusDays(20).toString(), "ongoingWork", false,
                "customerNumber", customer));
        ProcessInstance pi = runtime.startProcessInstanceByKey(CollectionProcess.KEY, form);

        assertThat(status(number)).isEqualTo("PAID");
        assertThat(invoiceView(number).get("stage").asText()).isEqualTo("CLOSED");
        runDueJobs();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(endedPaid(number)).isTrue();
        assertThat(account(customer).at("/credit/0/amount").decimalValue()).isEqualByComparingTo("80.00");
    }

    @Test
    void aPaymentInACurrencyTheCustomerOwesNothingInIsKeptAsCreditInThatCurrency() throws Exception {
        String customer = newCustomer();
        String euros = newNumber();
        open(customer, euros, "100.00", DUE);
        Map<String, Object> dollars = payment("40.00", reference());
        dollars.put("currency", "USD");

        JsonNode body = paid(customer, dollars, 201);

        assertThat(body.get("allocations")).isEmpty();
        assertThat(body.get("credit").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(balance(euros)).isEqualByComparingTo("100.00");
        JsonNode account = account(customer);
        assertThat(account.at("/credit/0/currency").asText()).isEqualTo("USD");
        assertThat(account.at("/credit/0/amount").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(accountDossier(customer)).anyMatch(e -> e.contains("no open invoice in USD, all of it kept as credit"));

        String usd = newNumber();
        register(inCurrency(of(customer, usd, "100.00", DUE.plusDays(30)), "USD"));
        assertThat(balance(usd)).isEqualByComparingTo("60.00");
        assertThat(balance(euros)).isEqualByComparingTo("100.00");
    }

    // ------------------------------------------------------------------ allocations

    @Test
    void allocationsSayWhichInvoicesGetHowMuch() throws Exception {
        String customer = newCustomer();
        String a = newNumber();
        String b = newNumber();
        String c = newNumber();
        open(customer, a, "100.00", DUE, b, "200.00", DUE.plusDays(1), c, "300.00", DUE.plusDays(2));

        JsonNode body = paid(customer, allocated("500.00", reference(), c, "300.00", b, "200.00"), 201);

        assertThat(allocationsOf(body)).containsExactly(c + " 300.00 0.00 PAID", b + " 200.00 0.00 PAID");
        assertThat(body.get("credit").decimalValue()).isEqualByComparingTo("0");
        assertThat(balance(a)).isEqualByComparingTo("100.00");
        runDueJobs();
        assertThat(caseOf(a)).isNotNull();
        assertThat(caseOf(b)).isNull();
        assertThat(caseOf(c)).isNull();

        JsonNode partly = paid(customer, allocated("30.00", reference(), a, 30), 201);
        assertThat(allocationsOf(partly)).containsExactly(a + " 30.00 70.00 OPEN");
        assertThat(balance(a)).isEqualByComparingTo("70.00");
    }

    /** Posts a payment that must be refused naming {@code field}, and checks that nothing was booked. */
    private void refused(String customer, Object body, String field, List<String> invoicesToWatch) throws Exception {
        long rows = payments.count();
        long accountRows = accountPayments.count();
        List<BigDecimal> balances = new ArrayList<>();
        for (String number : invoicesToWatch) {
            balances.add(balance(number));
        }
        JsonNode credit = account(customer).get("credit");

        MvcResult result = payAccount(customer, body);

        String answer = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(answer).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(answer).get("errors").has(field)).as(field + " in " + answer).isTrue();
        assertThat(payments.count()).isEqualTo(rows);
        assertThat(accountPayments.count()).isEqualTo(accountRows);
        for (int i = 0; i < invoicesToWatch.size(); i++) {
            assertThat(balance(invoicesToWatch.get(i))).isEqualByComparingTo(balances.get(i));
        }
        assertThat(account(customer).get("credit")).isEqualTo(credit);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndBooksNothing() throws Exception {
        String customer = newCustomer();
        String a = newNumber();
        String b = newNumber();
        String paidOff = newNumber();
        open(customer, a, "100.00", DUE, b, "200.00", DUE.plusDays(1), paidOff, "50.00", DUE.plusDays(2));
        paid(customer, allocated("50.00", reference(), paidOff, "50.00"), 201);
        String dollars = newNumber();
        register(inCurrency(of(customer, dollars, "70.00", DUE), "USD"));
        String stranger = newNumber();
        register(of(newCustomer(), stranger, "100.00", DUE));
        List<String> watched = List.of(a, b, paidOff, dollars, stranger);

        Map<String, Object> wordAmount = payment("abc", reference());
        refused(customer, wordAmount, "amount", watched);
        refused(customer, payment("0", reference()), "amount", watched);
        refused(customer, payment("10.001", reference()), "amount", watched);
        Map<String, Object> badCurrency = payment("10.00", reference());
        badCurrency.put("currency", "EURO");
        refused(customer, badCurrency, "currency", watched);
        badCurrency.put("currency", "QQQ");
        refused(customer, badCurrency, "currency", watched);
        Map<String, Object> badDate = payment("10.00", reference());
        badDate.put("paidAt", "yesterday");
        refused(customer, badDate, "paidAt", watched);
        badDate.put("paidAt", "1900-01-01");
        refused(customer, badDate, "paidAt", watched);
        badDate.put("paidAt", today().plusDays(1).toString());
        refused(customer, badDate, "paidAt", watched);
        refused(customer, payment("10.00", " "), "reference", watched);
        refused(customer, payment("10.00", "R".repeat(101)), "reference", watched);

        refused(customer, allocated("10.00", reference(), "NO-SUCH-" + newNumber(), "10.00"), "allocations[0].invoice",
                watched);
        refused(customer, allocated("10.00", reference(), stranger, "10.00"), "allocations[0].invoice", watched);
        refused(customer, allocated("10.00", reference(), paidOff, "10.00"), "allocations[0].invoice", watched);
        refused(customer, allocated("10.00", reference(), dollars, "10.00"), "allocations[0].invoice", watched);
        refused(customer, allocated("120.00", reference(), a, "100.00", b, "10.00"), "allocations", watched);
        refused(customer, allocated("100.00", reference(), a, "50.00", b, "60.00"), "allocations", watched);
        refused(customer, allocated("150.00", reference(), a, "150.00"), "allocations[0].amount", watched);
        refused(customer, allocated("100.00", reference(), a, "50.00", a, "50.00"), "allocations[1].invoice", watched);
        refused(customer, allocated("100.00", reference(), a, "abc"), "allocations[0].amount", watched);
        refused(customer, allocated("100.00", reference(), a, "0"), "allocations[0].amount", watched);
        Map<String, Object> nullAllocation = payment("10.00", reference());
        nullAllocation.put("allocations", java.util.Arrays.asList((Object) null));
        refused(customer, nullAllocation, "allocations[0]", watched);
        Map<String, Object> unknownField = allocated("10.00", reference(), a, "10.00");
        unknownField.put("allocations", List.of(Map.of("invoice", a, "amount", "10.00", "note", "x")));
        refused(customer, unknownField, "allocations[0].note", watched);

        // one answer names what is wrong with the payment and with its allocations' invoices alike
        Map<String, Object> several = allocated("20.00", " ", "NO-SUCH-" + newNumber(), "10.00", dollars, "10.00");
        several.put("paidAt", "yesterday");
        refused(customer, several, "reference", watched);
        assertThat(json.readTree(payAccount(customer, several).getResponse().getContentAsString()).get("errors")
                .fieldNames()).toIterable().containsExactlyInAnyOrder("reference", "paidAt", "allocations[0].invoice",
                        "allocations[1].invoice");

        MvcResult unknown = payAccount("NOBODY-" + newCustomer(), payment("10.00", reference()));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentType()).isEqualTo("application/problem+json");
    }

    // ------------------------------------------------------------------ idempotency

    @Test
    void aRepeatAnswersTheFirstResultAndBooksNothingAndAReferenceNamesOnePayment() throws Exception {
        String customer = newCustomer();
        String a = newNumber();
        String b = newNumber();
        open(customer, a, "100.00", DUE, b, "200.00", DUE.plusDays(1));
        String reference = reference();
        JsonNode first = paid(customer, payment("150.00", reference), 201);
        long rows = payments.count();

        JsonNode again = paid(customer, payment("150.00", reference), 200);

        assertThat(again).isEqualTo(first);
        assertThat(payments.count()).isEqualTo(rows);
        assertThat(balance(a)).isEqualByComparingTo("0");
        assertThat(balance(b)).isEqualByComparingTo("150.00");

        // the same reference with other content
        paid(customer, payment("151.00", reference), 409);
        Map<String, Object> otherCurrency = payment("150.00", reference);
        otherCurrency.put("currency", "USD");
        paid(customer, otherCurrency, 409);
        String other = newCustomer();
        open(other, newNumber(), "500.00", DUE);
        paid(other, payment("150.00", reference), 409);

        // a reference of an account payment is no invoice payment's, and the other way round
        MvcResult toInvoice = pay(b, "10.00", reference);
        assertThat(toInvoice.getResponse().getStatus()).as(toInvoice.getResponse().getContentAsString())
                .isEqualTo(409);
        String invoiceReference = "INV-" + reference();
        assertThat(pay(b, "10.00", invoiceReference).getResponse().getStatus()).isEqualTo(201);
        paid(customer, payment("10.00", invoiceReference), 409);
        assertThat(payments.count()).isEqualTo(rows + 1);
        assertThat(balance(b)).isEqualByComparingTo("140.00");
        assertThat(account(customer).get("credit")).isEmpty();
    }

    // ------------------------------------------------------------------ customers apart, and at the same moment

    @Test
    void twoCustomersStayApart() throws Exception {
        String one = newCustomer();
        String two = newCustomer();
        String ofOne = newNumber();
        String ofTwo = newNumber();
        open(one, ofOne, "100.00", DUE);
        open(two, ofTwo, "100.00", DUE.minusDays(10));

        paid(one, payment("300.00", reference()), 201);

        assertThat(balance(ofOne)).isEqualByComparingTo("0");
        assertThat(balance(ofTwo)).isEqualByComparingTo("100.00");
        assertThat(account(one).at("/credit/0/amount").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(account(two).get("credit")).isEmpty();
        assertThat(accountDossier(two)).noneMatch(e -> e.contains("EUR 300.00"));

        String next = newNumber();
        register(of(two, next, "80.00", DUE.plusDays(30)));
        assertThat(balance(next)).isEqualByComparingTo("80.00");
        assertThat(account(one).at("/credit/0/amount").decimalValue()).isEqualByComparingTo("200.00");
    }

    @Test
    void twoPaymentsToOneAccountAtTheSameMomentBookOneAfterTheOther() throws Exception {
        for (int round = 0; round < 5; round++) {
            String customer = newCustomer();
            String a = newNumber();
            String b = newNumber();
            String c = newNumber();
            open(customer, a, "100.00", DUE, b, "200.00", DUE.plusDays(1), c, "300.00", DUE.plusDays(2));
            long rows = payments.count();

            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (String amount : List.of("150.00", "250.00")) {
                Callable<JsonNode> post = () -> {
                    start.await();
                    return paid(customer, payment(amount, reference()), 201);
                };
                answers.add(threads.submit(post));
            }
            start.countDown();
            for (Future<JsonNode> answer : answers) {
                JsonNode body = answer.get();
                BigDecimal booked = BigDecimal.ZERO;
                for (JsonNode allocation : body.get("allocations")) {
                    booked = booked.add(allocation.get("amount").decimalValue());
                }
                assertThat(booked).isEqualByComparingTo(body.get("amount").decimalValue());
            }
            runDueJobs();

            assertThat(balance(a)).isEqualByComparingTo("0");
            assertThat(balance(b)).isEqualByComparingTo("0");
            assertThat(balance(c)).isEqualByComparingTo("200.00");
            assertThat(List.of(status(a), status(b), status(c))).containsExactly("PAID", "PAID", "OPEN");
            assertThat(caseOf(a)).isNull();
            assertThat(caseOf(b)).isNull();
            assertThat(caseOf(c)).isNotNull();
            assertThat(endedPaid(b)).isTrue();
            assertThat(payments.count()).isEqualTo(rows + 4);
            assertThat(account(customer).get("credit")).isEmpty();
        }
    }
}
