package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.collections.CaseTestSupport;
import org.collections.security.Roles;
import org.collections.worklist.TaskPriority;
import org.junit.jupiter.api.Test;

/**
 * RefundCreditProcess: money from a payment became credit on a customer account, and a manager refunds it (only what
 * is left of the credit) or keeps it for the next invoice; an undecided refund goes first in the managers' list at
 * its deadline.
 */
class RefundCreditProcessTest extends CaseTestSupport {

    private static final LocalDate DUE = START.toLocalDate().plusDays(20);

    /** A customer with one invoice of 100.00, paid with {@code paid}; answers the customer's number. */
    private String overpaid(String paid) throws Exception {
        String customer = newCustomerNumber();
        String number = registerInvoicesOf(customer, DUE, "en", "100.00").get(0);
        assertThat(pay(number, paid, "OVER-" + number).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        return customer;
    }

    private ProcessInstance refundCase(String customer) {
        List<ProcessInstance> cases = runtime.createProcessInstanceQuery().processDefinitionKey(RefundCreditProcess.KEY)
                .processInstanceBusinessKey(customer).list();
        assertThat(cases).as("refund cases of " + customer).hasSize(1);
        return cases.get(0);
    }

    private Task decideRefund(ProcessInstance refundCase) {
        return tasks.createTaskQuery().processInstanceId(refundCase.getId())
                .taskDefinitionKey(RefundCreditProcess.TASK_DECIDE_REFUND).singleResult();
    }

    /** The manager claims the task and submits the form. */
    private void decide(ProcessInstance refundCase, Map<String, Object> form) {
        Task task = decideRefund(refundCase);
        tasks.claim(task.getId(), MANAGER);
        tasks.complete(task.getId(), form);
        runDueJobs();
    }

    private JsonNode account(String customer) throws Exception {
        return getJson("/api/customers/" + customer);
    }

    private List<String> accountDossier(String customer) throws Exception {
        List<String> entries = new ArrayList<>();
        account(customer).get("dossier").forEach(e -> entries.add(e.get("type").asText() + " "
                + e.get("summary").asText() + " [" + e.get("actor").asText() + "]"));
        return entries;
    }

    @Test
    void aManagerRefundsTheCreditOfAnOverpayment() throws Exception {
        String customer = overpaid("130.00");
        ProcessInstance pi = refundCase(customer);
        assertThat(pi).isWaitingAt(RefundCreditProcess.TASK_DECIDE_REFUND);

        Task task = decideRefund(pi);
        assertThat(task.getName()).isEqualTo("Decide refund of credit");
        assertThat(task.getDescription()).startsWith("Credit EUR 30.00 of Jane Debtor (" + customer
                + ") from over-payment of invoice ");
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(Roles.MANAGERS);
        assertThat(task.getPriority()).isEqualTo(TaskPriority.of(new java.math.BigDecimal("30.00"), 0));
        assertThat(task.getDueDate()).isNotNull();
        assertThat(tasks.getVariablesLocal(task.getId())).containsEntry("refundAmount", "EUR 30.00")
                .containsEntry("refundCurrency", "EUR").containsEntry("creditNow", "EUR 30.00")
                .containsEntry("customerName", "Jane Debtor");

        decide(pi, Map.of("refundDecision", "REFUND", "refundNotes", "Customer asked for it back"));
        assertThat(pi).isEnded().hasPassed(RefundCreditProcess.TASK_RECORD_REFUND,
                RefundCreditProcess.END_CREDIT_REFUNDED);
        assertThat(account(customer).get("credit")).isEmpty();
        assertThat(accountDossier(customer)).anyMatch(e -> e.startsWith("PAYMENT Refunded EUR 30.00 of the credit to"
                + " the customer (over-payment of invoice ") && e.contains("decided by " + MANAGER
                + "; credit now EUR 0.00. Notes: Customer asked for it back [" + MANAGER + "]"));
    }

    @Test
    void aManagerKeepsTheCreditAndTheNextInvoiceUsesIt() throws Exception {
        String customer = overpaid("150.00");
        ProcessInstance pi = refundCase(customer);
        decide(pi, Map.of("refundDecision", "KEEP"));
        assertThat(pi).isEnded().hasPassed(RefundCreditProcess.TASK_USE_CREDIT_FOR_OPEN_INVOICES,
                RefundCreditProcess.END_CREDIT_KEPT).hasNotPassed(RefundCreditProcess.TASK_RECORD_REFUND);
        assertThat(account(customer).at("/credit/0/amount").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(accountDossier(customer)).anyMatch(e -> e.startsWith("DECISION Credit EUR 50.00 (over-payment of")
                && e.endsWith("kept on the account, not refunded: it pays the customer's open invoices in EUR, and "
                        + "what is left the next one [" + MANAGER + "]"));

        String next = registerInvoicesOf(customer, DUE, "en", "80.00").get(0);
        assertThat(invoiceView(next).get("balance").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(account(customer).get("credit")).isEmpty();
    }

    @Test
    void creditKeptPaysTheCustomersOpenInvoicesOldestFirstAndTheRestWaits() throws Exception {
        String customer = newCustomerNumber();
        // due one day after the other: the credit pays them in that order
        List<String> numbers = new ArrayList<>(registerInvoicesOf(customer, DUE, "en", "100.00"));
        numbers.addAll(registerInvoicesOf(customer, DUE.plusDays(1), "en", "30.00"));
        numbers.addAll(registerInvoicesOf(customer, DUE.plusDays(2), "en", "40.00"));
        String overpaid = numbers.get(0);
        assertThat(pay(overpaid, "160.00", "OVER-" + overpaid).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        ProcessInstance pi = refundCase(customer);
        assertThat(invoiceView(numbers.get(1)).get("balance").decimalValue()).as("not before the manager decides")
                .isEqualByComparingTo("30.00");

        decide(pi, Map.of("refundDecision", "KEEP"));

        assertThat(pi).isEnded().hasPassed(RefundCreditProcess.TASK_USE_CREDIT_FOR_OPEN_INVOICES);
        assertThat(invoiceView(numbers.get(1)).get("status").asText()).isEqualTo("PAID");
        assertThat(caseOf(numbers.get(1))).as("its case ended").isNull();
        assertThat(invoiceView(numbers.get(2)).get("balance").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(account(customer).get("credit")).isEmpty();
        assertThat(dossierText(numbers.get(2))).contains("Credit EUR 30.00 from the customer's account used");
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void creditKeptUsesNoMoreThanItselfAndLeavesACreditAwaitingItsOwnDecision() throws Exception {
        String customer = newCustomerNumber();
        String open = registerInvoicesOf(customer, DUE.plusDays(1), "en", "200.00").get(0);
        List<String> overpaid = registerInvoicesOf(customer, DUE, "en", "100.00", "100.00");
        assertThat(pay(overpaid.get(0), "150.00", "OVER-1-" + customer).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        ProcessInstance first = refundCase(customer);
        assertThat(pay(overpaid.get(1), "130.00", "OVER-2-" + customer).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();

        decide(first, Map.of("refundDecision", "KEEP"));

        assertThat(invoiceView(open).get("balance").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(account(customer).at("/credit/0/amount").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RefundCreditProcess.KEY)
                .processInstanceBusinessKey(customer).count()).as("the other credit still waits for its decision")
                .isOne();
    }

    @Test
    void onlyWhatIsLeftOfTheCreditIsRefundedWhenTheNextInvoiceUsedSomeMeanwhile() throws Exception {
        String customer = overpaid("150.00");
        ProcessInstance pi = refundCase(customer);
        assertThat(tasks.getVariableLocal(decideRefund(pi).getId(), "creditNow")).isEqualTo("EUR 50.00");
        registerInvoicesOf(customer, DUE, "en", "30.00");
        assertThat(account(customer).at("/credit/0/amount").decimalValue()).isEqualByComparingTo("20.00");
        // the manager decides on the credit as it is now, not as it was when the task opened
        assertThat(tasks.getVariableLocal(decideRefund(pi).getId(), "creditNow")).isEqualTo("EUR 20.00");
        assertThat(decideRefund(pi).getDescription()).as("Tasklist's line says it too")
                .contains("Credit EUR 50.00", ", of which EUR 20.00 is left: refund it");

        decide(pi, Map.of("refundDecision", "REFUND"));
        assertThat(pi).isEnded().hasPassed(RefundCreditProcess.END_CREDIT_REFUNDED);
        assertThat(account(customer).get("credit")).isEmpty();
        assertThat(accountDossier(customer)).anyMatch(e -> e.startsWith("PAYMENT Refund of EUR 50.00 (over-payment of")
                && e.contains("decided by " + MANAGER + ": only EUR 20.00 refunded, the rest of the credit had been "
                        + "used meanwhile (for a new invoice or another refund); credit now EUR 0.00"));
    }

    @Test
    void aDecisionOtherThanRefundOrKeepIsRefusedAndTheTaskStaysOpen() throws Exception {
        String customer = overpaid("120.00");
        ProcessInstance pi = refundCase(customer);
        Task task = decideRefund(pi);
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("refundDecision", "MAYBE")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("refundDecision must be one of "
                        + "REFUND, KEEP");
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("refundNotes", "no decision")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("refundDecision is required");
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("refundDecision", "KEEP", "refundNotes",
                "x".repeat(4001)))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("refundNotes");
        assertThat(pi).isWaitingAt(RefundCreditProcess.TASK_DECIDE_REFUND);
        assertThat(account(customer).at("/credit/0/amount").decimalValue()).isEqualByComparingTo("20.00");
    }

    @Test
    void anUndecidedRefundGoesFirstInTheManagersListAtItsDeadline() throws Exception {
        String customer = overpaid("120.00");
        ProcessInstance pi = refundCase(customer);
        // a manager's decision within two contact days: Monday 08:00 is due Wednesday 08:00
        travelTo(START.plusDays(2).plusHours(1));
        assertThat(pi).hasPassed(RefundCreditProcess.TASK_ESCALATE_DECIDE_REFUND,
                RefundCreditProcess.END_DECIDE_REFUND_ESCALATED).isWaitingAt(RefundCreditProcess.TASK_DECIDE_REFUND);
        assertThat(decideRefund(pi).getPriority()).isGreaterThanOrEqualTo(TaskPriority.ESCALATED);
        assertThat(accountDossier(customer)).anyMatch(e -> e.startsWith("ESCALATION Task 'Decide refund of credit' "
                + "was not done by its deadline"));
    }
}
