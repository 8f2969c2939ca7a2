package org.collections.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.collections.CaseTestSupport;
import org.collections.process.RefundCreditProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Money a payment brings beyond what its invoice owes (or for an invoice closed already, or beyond a customer's open
 * invoices) is credit on the account, and a manager, never an agent, decides on its refund in Tasklist.
 */
class CreditRefundApiTest extends CaseTestSupport {

    private static final LocalDate DUE = START.toLocalDate().plusDays(20);

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<String> engineRest(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, PASSWORD);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> completeAs(String user, String taskId, String decision) {
        return engineRest(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", user,
                Map.of("variables", Map.of("refundDecision", Map.of("value", decision))));
    }

    private List<Task> refundTasks(String customer) {
        return tasks.createTaskQuery().processDefinitionKey(RefundCreditProcess.KEY)
                .processInstanceBusinessKey(customer).taskDefinitionKey(RefundCreditProcess.TASK_DECIDE_REFUND)
                .orderByTaskCreateTime().asc().list();
    }

    private JsonNode account(String customer) throws Exception {
        return getJson("/api/customers/" + customer);
    }

    private List<String> accountDossier(String customer) throws Exception {
        List<String> entries = new ArrayList<>();
        account(customer).get("dossier").forEach(e -> entries.add(e.get("summary").asText()));
        return entries;
    }

    private JsonNode paid(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(201);
        return json.readTree(body);
    }

    @Test
    void anOverpaymentBecomesCreditThatAManagerRefunds() throws Exception {
        String customer = newCustomerNumber();
        String number = registerInvoicesOf(customer, DUE, "en", "100.00").get(0);
        JsonNode payment = paid(pay(number, "120.00", "OVER-" + number));
        assertThat(payment.get("status").asText()).isEqualTo("APPLIED");
        assertThat(payment.get("booked").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(payment.get("toCredit").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(payment.get("invoiceBalance").decimalValue()).isEqualByComparingTo("0");
        assertThat(payment.get("invoiceStatus").asText()).isEqualTo("PAID");
        runDueJobs();

        assertThat(invoiceView(number).get("status").asText()).isEqualTo("PAID");
        JsonNode account = account(customer);
        assertThat(account.get("credit")).hasSize(1);
        assertThat(account.at("/credit/0/currency").asText()).isEqualTo("EUR");
        assertThat(account.at("/credit/0/amount").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(account.get("openTasks").toString()).contains("Decide refund of credit");
        assertThat(accountDossier(customer)).anyMatch(e -> e.startsWith("EUR 20.00 kept as credit: over-payment of "
                + "invoice " + number + " (payment EUR 120.00, reference OVER-" + number + "); credit now EUR 20.00"));
        assertThat(invoiceView(number).get("dossier").toString())
                .contains("Overpaid by EUR 20.00: kept as credit on the customer's account (credit now EUR 20.00)");

        List<Task> open = refundTasks(customer);
        assertThat(open).hasSize(1);
        String taskId = open.get(0).getId();

        // an agent neither sees nor completes it
        ResponseEntity<String> seenByAgent = engineRest(HttpMethod.GET, "/engine-rest/task?maxResults=50"
                + "&processInstanceBusinessKey=" + customer, AGENT, null);
        assertThat(seenByAgent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(seenByAgent.getBody()).isEqualTo("[]");
        assertThat(completeAs(AGENT, taskId, "REFUND").getStatusCode()).isIn(HttpStatus.FORBIDDEN,
                HttpStatus.NOT_FOUND);
        assertThat(refundTasks(customer)).extracting(Task::getId).containsExactly(taskId);

        // a manager sees it; a decision that is neither REFUND nor KEEP is refused and the task stays
        assertThat(engineRest(HttpMethod.GET, "/engine-rest/task?maxResults=50&processInstanceBusinessKey="
                + customer, MANAGER, null).getBody()).contains(taskId);
        ResponseEntity<String> refused = completeAs(MANAGER, taskId, "LATER");
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("refundDecision");
        assertThat(refundTasks(customer)).extracting(Task::getId).containsExactly(taskId);

        ResponseEntity<String> refunded = completeAs(MANAGER, taskId, "REFUND");
        assertThat(refunded.getStatusCode()).as(refunded.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        runDueJobs();
        assertThat(refundTasks(customer)).isEmpty();
        assertThat(account(customer).get("credit")).isEmpty();
        assertThat(accountDossier(customer)).anyMatch(e -> e.equals("Refunded EUR 20.00 of the credit to the "
                + "customer (over-payment of invoice " + number + " (payment EUR 120.00, reference OVER-" + number
                + ")), decided by " + MANAGER + "; credit now EUR 0.00"));
    }

    @Test
    void aPaymentForAPaidInvoiceIsAllCreditAndLeavesTheInvoiceAsItWas() throws Exception {
        String customer = newCustomerNumber();
        String number = registerInvoicesOf(customer, DUE, "en", "100.00").get(0);
        paid(pay(number, "100.00", "FULL-" + number));
        runDueJobs();
        assertThat(refundTasks(customer)).isEmpty();

        MvcResult late = pay(number, "45.00", "AGAIN-" + number);
        JsonNode payment = paid(late);
        assertThat(payment.get("status").asText()).isEqualTo("CREDITED");
        assertThat(payment.get("booked").decimalValue()).isEqualByComparingTo("0");
        assertThat(payment.get("toCredit").decimalValue()).isEqualByComparingTo("45.00");
        assertThat(payment.get("invoiceStatus").asText()).isEqualTo("PAID");
        runDueJobs();

        JsonNode invoice = invoiceView(number);
        assertThat(invoice.get("status").asText()).isEqualTo("PAID");
        assertThat(invoice.get("paid").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(invoice.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(invoice.get("dossier").toString()).contains("Payment EUR 45.00 received (reference AGAIN-"
                + number + ", paid " + today() + ") for the invoice, which is PAID already: all of it kept as credit "
                + "on the customer's account (credit now EUR 45.00)");
        assertThat(account(customer).at("/credit/0/amount").decimalValue()).isEqualByComparingTo("45.00");
        assertThat(refundTasks(customer)).hasSize(1);

        // a repeat of the payment books nothing twice
        MvcResult repeat = pay(number, "45.00", "AGAIN-" + number);
        assertThat(repeat.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(repeat.getResponse().getContentAsString()).get("toCredit").decimalValue())
                .isEqualByComparingTo("45.00");
        assertThat(account(customer).at("/credit/0/amount").decimalValue()).isEqualByComparingTo("45.00");
        assertThat(refundTasks(customer)).hasSize(1);
    }

    @Test
    void anAccountPaymentBeyondTheOpenInvoicesAsksForARefundDecisionToo() throws Exception {
        String customer = newCustomerNumber();
        registerInvoicesOf(customer, DUE, "en", "100.00");
        MvcResult result = postJson("/api/customers/" + customer + "/payments", Map.of("amount", "130.00",
                "currency", "EUR", "paidAt", today().toString(), "reference", "ACC-" + customer));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        runDueJobs();
        assertThat(account(customer).at("/credit/0/amount").decimalValue()).isEqualByComparingTo("30.00");
        List<Task> open = refundTasks(customer);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).getDescription()).contains("Credit EUR 30.00", "payment EUR 130.00 to the account "
                + "(reference ACC-" + customer + ") beyond its open invoices");
    }
}
