package org.collections.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.collections.CaseTestSupport;
import org.collections.invoice.InvoiceRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Customer accounts: invoices with one customer number share an account; the account shows the whole customer. */
class CustomerAccountApiTest extends CaseTestSupport {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @Autowired
    CustomerRepository customers;
    @Autowired
    InvoiceRepository invoices;

    private Map<String, Object> of(String customer, String number, String amount, LocalDate due) {
        return invoiceOf(customer, number, amount, due, false, "en", "BUSINESS");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> customerOf(Map<String, Object> body) {
        Map<String, Object> copy = new HashMap<>(body);
        Map<String, Object> customer = new HashMap<>((Map<String, Object>) body.get("customer"));
        copy.put("customer", customer);
        return copy;
    }

    @Test
    void invoicesWithOneCustomerNumberShareOneAccountThatShowsTheWholeCustomer() throws Exception {
        String customer = newCustomerNumber();
        String older = newNumber();
        String newer = newNumber();
        register(of(customer, older, "100.00", DUE));
        // a later registration with only the number uses the stored customer
        Map<String, Object> onlyNumber = new HashMap<>(of(customer, newer, "250.00", DUE.plusDays(10)));
        onlyNumber.put("customer", Map.of("number", customer));
        register(onlyNumber);

        assertThat(invoices.findByNumber(older).orElseThrow().getCustomer().getId())
                .isEqualTo(invoices.findByNumber(newer).orElseThrow().getCustomer().getId());
        JsonNode account = getJson("/api/customers/" + customer);
        assertThat(account.get("number").asText()).isEqualTo(customer);
        assertThat(account.get("name").asText()).isEqualTo("Jane Debtor");
        assertThat(account.get("currency").asText()).isEqualTo("EUR");
        assertThat(account.get("balance").decimalValue()).isEqualByComparingTo("350.00");
        assertThat(account.get("invoices")).extracting(i -> i.get("number").asText()).containsExactly(older, newer);
        assertThat(account.at("/invoices/0/balance").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(account.at("/invoices/0/dueDate").asText()).isEqualTo(DUE.toString());
        assertThat(account.at("/invoices/0/status").asText()).isEqualTo("OPEN");
        assertThat(account.at("/invoices/0/stage").asText()).isNotEmpty();
        assertThat(account.at("/contacts/0/role").asText()).isEqualTo(ContactData.MAIN);
        assertThat(account.at("/contacts/0/phone").asText()).isEqualTo("+31 6 1234 5678");
        assertThat(account.get("aging")).isNotEmpty();
        assertThat(account.get("openTasks").isArray()).isTrue();
        assertThat(account.get("promises").isArray()).isTrue();
        List<String> dossier = new ArrayList<>();
        account.get("dossier").forEach(e -> dossier.add(e.get("type").asText() + " " + e.get("summary").asText()));
        assertThat(dossier.get(0)).startsWith("ACCOUNT Account " + customer + " opened");
        assertThat(dossier).anyMatch(e -> e.startsWith("REGISTERED Invoice " + older))
                .anyMatch(e -> e.startsWith("REGISTERED Invoice " + newer));
        assertThat(getJson("/api/invoices/" + newer).at("/customer/number").asText()).isEqualTo(customer);
        assertThat(account.at("/dossier/0/invoice").isNull()).as("the account's own entry").isTrue();
        List<String> registeredFor = new ArrayList<>();
        account.get("dossier").forEach(e -> {
            if (e.get("type").asText().equals("REGISTERED")) {
                registeredFor.add(e.get("invoice").asText());
            }
        });
        assertThat(registeredFor).containsExactly(older, newer);
    }

    @Test
    void theAccountsBalanceIsInACurrencyStillOwedNotInThatOfAPaidLaterInvoice() throws Exception {
        String customer = newCustomerNumber();
        String euros = newNumber();
        String dollars = newNumber();
        register(of(customer, euros, "100.00", DUE));
        Map<String, Object> inDollars = new HashMap<>(of(customer, dollars, "50.00", DUE));
        inDollars.put("currency", "USD");
        register(inDollars);
        assertThat(getJson("/api/customers/" + customer).get("currency").asText()).isEqualTo("USD");

        assertThat(postJson("/api/invoices/" + dollars + "/payments", Map.of("amount", "50.00", "currency", "USD",
                "paidAt", today().toString(), "reference", "USD-" + dollars)).getResponse().getStatus())
                .isEqualTo(201);
        JsonNode account = getJson("/api/customers/" + customer);
        assertThat(account.get("currency").asText()).isEqualTo("EUR");
        assertThat(account.get("balance").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void aLaterRegistrationUpdatesTheContactDataAndTheAccountDossierSaysSo() throws Exception {
        String customer = newCustomerNumber();
        register(of(customer, newNumber(), "100.00", DUE));
        Map<String, Object> moved = customerOf(of(customer, newNumber(), "80.00", DUE));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) moved.get("customer");
        data.put("email", "ap@debtor.example");
        data.put("contacts", List.of(
                Map.of("role", "accounts payable", "name", "Piet Boekhouder", "phone", "+31 20 111 2222"),
                Map.of("role", "office", "name", "Reception", "phone", "+31 20 111 0000",
                        "email", "office@debtor.example")));
        register(moved);

        JsonNode account = getJson("/api/customers/" + customer);
        assertThat(account.get("email").asText()).isEqualTo("ap@debtor.example");
        assertThat(account.get("contacts")).extracting(c -> c.get("role").asText())
                .containsExactly(ContactData.MAIN, "accounts payable", "office");
        assertThat(account.at("/contacts/2/email").asText()).isEqualTo("office@debtor.example");
        List<String> changes = new ArrayList<>();
        account.get("dossier").forEach(e -> {
            if (e.get("type").asText().equals("ACCOUNT") && e.get("summary").asText().startsWith("Contact data")) {
                changes.add(e.get("summary").asText());
            }
        });
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0)).contains("email jane@example.com → ap@debtor.example").contains("accounts payable");

        // the same data again changes nothing
        register(of(customer, newNumber(), "10.00", DUE));
        long changeEntries = countChanges(getJson("/api/customers/" + customer));
        assertThat(changeEntries).as("only the email differs from the stored data now").isEqualTo(2);
    }

    private static long countChanges(JsonNode account) {
        long n = 0;
        for (JsonNode e : account.get("dossier")) {
            if (e.get("summary").asText().startsWith("Contact data")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void withoutANumberTheEmailAddressIsTheAccount() throws Exception {
        String email = "Buyer." + UUID.randomUUID().toString().substring(0, 6) + "@Example.com";
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = customerOf(invoice(newNumber(), "40.00", DUE));
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) body.get("customer");
            data.remove("number");
            data.put("email", i == 0 ? email : email.toLowerCase());
            register(body);
        }
        JsonNode account = getJson("/api/customers/" + email.toLowerCase());
        assertThat(account.get("invoices")).hasSize(2);
    }

    @Test
    void anUnknownCustomerNeedsItsDataAndAnUnknownAccountIs404() throws Exception {
        long before = invoices.count();
        MvcResult missing = postJson("/api/invoices", Map.of("number", newNumber(), "amount", "10.00",
                "currency", "EUR", "issueDate", "2026-02-01", "dueDate", "2026-03-01",
                "customer", Map.of("number", newCustomerNumber())));
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        JsonNode errors = json.readTree(missing.getResponse().getContentAsString()).get("errors");
        assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("customer.name", "customer.email",
                "customer.phone", "customer.address", "customer.type", "customer.country");
        assertThat(invoices.count()).isEqualTo(before);

        Map<String, Object> badContact = customerOf(of(newCustomerNumber(), newNumber(), "10.00", DUE));
        ((Map<String, Object>) badContact.get("customer")).put("contacts",
                List.of(Map.of("role", "", "name", "X", "phone", "call me")));
        MvcResult refused = postJson("/api/invoices", badContact);
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(json.readTree(refused.getResponse().getContentAsString()).get("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("customer.contacts[0].role", "customer.contacts[0].phone");

        MvcResult unknown = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/customers/NOBODY-" + newCustomerNumber())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(SYSTEM, PASSWORD))).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void twoRegistrationsRacingForANewCustomerNumberMakeOneAccount() throws Exception {
        for (int round = 0; round < 5; round++) {
            String customer = newCustomerNumber();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Map<String, Object> body = of(customer, newNumber(), "10.00", DUE);
                Callable<Integer> post = () -> {
                    go.await();
                    return postJson("/api/invoices", body).getResponse().getStatus();
                };
                answers.add(pool.submit(post));
            }
            go.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
            pool.shutdown();
            assertThat(customers.findByNumber(customer)).isPresent();
            assertThat(getJson("/api/customers/" + customer).get("invoices")).hasSize(2);
        }
    }

    /** The row of a customer says what its invoices owe, interest and costs included, as the invoice does. */
    @Test
    void thePortfolioRowOwesWhatTheInvoiceOwesWithItsInterestAndCosts() throws Exception {
        String customer = newCustomerNumber();
        String number = newNumber();
        register(of(customer, number, "900.00", today().minusDays(95)));
        runDueJobs();
        JsonNode invoice = invoiceView(number);
        assertThat(invoice.get("interest").decimalValue().add(invoice.get("costs").decimalValue()))
                .as("the case claimed interest and costs").isPositive();

        JsonNode row = null;
        for (JsonNode r : getJson("/api/customers?sort=balance&size=500").get("customers")) {
            row = r.get("number").asText().equals(customer) ? r : row;
        }
        assertThat(row).as("the customer's row").isNotNull();
        assertThat(row.get("balance").decimalValue()).isEqualByComparingTo(invoice.get("balance").decimalValue());
        assertThat(row.get("overdue").decimalValue()).isEqualByComparingTo(invoice.get("balance").decimalValue());
    }

    @Test
    void thePortfolioByCustomerFiltersByAgingAndPutsTheMostAtRiskFirst() throws Exception {
        String small = newCustomerNumber();
        String big = newCustomerNumber();
        LocalDate today = today();
        register(of(small, newNumber(), "100.00", today.minusDays(100)));
        register(of(big, newNumber(), "900.00", today.minusDays(95)));
        register(of(big, newNumber(), "50.00", today.plusDays(5)));

        // as a client sends it: the '+' of 90+ percent-encoded (MockMvc would encode a template a second time)
        JsonNode page = json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(java.net.URI.create("/api/customers?aging=90%2B&sort=atRisk&size=500"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(SYSTEM, PASSWORD))).andReturn().getResponse().getContentAsString());
        assertThat(page.get("customers")).as(page.toString()).isNotNull();
        List<String> order = new ArrayList<>();
        page.get("customers").forEach(r -> order.add(r.get("number").asText()));
        assertThat(order).contains(small, big);
        assertThat(order.indexOf(big)).isLessThan(order.indexOf(small));
        JsonNode bigRow = page.get("customers").get(order.indexOf(big));
        // the late fees of the invoice registered 95 days overdue are booked with it, as its page shows them
        assertThat(bigRow.get("balance").decimalValue()).isEqualByComparingTo("1040.00");
        assertThat(bigRow.get("overdue").decimalValue()).isEqualByComparingTo("990.00");
        assertThat(bigRow.get("openInvoices").asLong()).isEqualTo(2);
        assertThat(bigRow.get("aging").asText()).isEqualTo("90+");
        assertThat(page.get("totals")).isNotEmpty();

        List<String> current = new ArrayList<>();
        JsonNode currentPage = getJson("/api/customers?aging=CURRENT&size=500");
        assertThat(currentPage.get("customers")).as(currentPage.toString()).isNotNull();
        currentPage.get("customers")
                .forEach(r -> current.add(r.get("number").asText()));
        assertThat(current).contains(big).doesNotContain(small);

        MvcResult badSort = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/customers?sort=loudest")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(SYSTEM, PASSWORD))).andReturn();
        assertThat(badSort.getResponse().getStatus()).isEqualTo(400);
    }
}
