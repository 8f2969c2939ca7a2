package org.collections.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.collections.CaseTestSupport;
import org.collections.invoice.PaymentRepository;
import org.collections.invoice.PaymentStatus;
import org.collections.process.MatchPaymentProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** A payment the API could not book waits in a Match payment task and is booked from there, never refused later. */
class UnmatchedApiPaymentTest extends CaseTestSupport {

    @Autowired
    PaymentRepository payments;

    private Task matchTaskFor(String reference) {
        Long id = payments.findByReferenceAndAccountPaymentIdIsNull(reference).orElseThrow().getId();
        return tasks.createTaskQuery().taskDefinitionKey(MatchPaymentProcess.TASK_MATCH_PAYMENT)
                .processInstanceBusinessKey("PAYMENT-" + id).singleResult();
    }

    @Test
    void aPaymentForATypoInTheInvoiceNumberIsBookedByTheAgentOnTheRightInvoiceAndEndsItsCase() throws Exception {
        String number = newNumber();
        register(number, "123.45", today().plusDays(10));
        String reference = "TYPO-" + number;
        MvcResult refused = pay(number + "X", "123.45", reference);
        assertThat(refused.getResponse().getStatus()).isEqualTo(404);

        Task task = matchTaskFor(reference);
        assertThat(task).as("a Match payment task for the unmatched payment").isNotNull();
        assertThat(runtime.getVariable(task.getProcessInstanceId(), "matchCandidates").toString())
                .as("the open invoice of that amount is a candidate").contains("INVOICE:" + number);
        tasks.complete(task.getId(), Map.of("matchTo", "INVOICE:" + number));
        runDueJobs();

        assertThat(invoiceView(number).get("status").asText()).isEqualTo("PAID");
        assertThat(caseOf(number)).isNull();
        assertThat(payments.findByReferenceAndAccountPaymentIdIsNull(reference).orElseThrow().getStatus())
                .as("the reported payment says where it went").isEqualTo(PaymentStatus.MATCHED);
        assertThat(dossierText(number)).contains("matched:");
        assertThat(getJson("/api/payments/unmatched").toString()).doesNotContain(reference);
        // the system that reported it may report it again: the same payment, now booked, not a conflict
        MvcResult repeat = pay(number + "X", "123.45", reference);
        assertThat(repeat.getResponse().getStatus()).isLessThan(500);
    }

    @Test
    void anUnmatchedPaymentCanGoToACustomerAccountOrBeMarkedNotOurs() throws Exception {
        String customer = newCustomerNumber();
        String first = registerInvoicesOf(customer, today().plusDays(10), "en", "40.00").get(0);
        String toAccount = "ACC-" + first;
        pay("NO-SUCH-" + first, "40.00", toAccount);
        tasks.complete(matchTaskFor(toAccount).getId(), Map.of("matchTo", "OTHER", "matchOther", customer));
        runDueJobs();
        assertThat(invoiceView(first).get("status").asText()).isEqualTo("PAID");
        assertThat(payments.findByReferenceAndAccountPaymentIdIsNull(toAccount).orElseThrow().getStatus())
                .isEqualTo(PaymentStatus.MATCHED);

        String gift = "GIFT-" + first;
        pay("NO-SUCH-" + first, "5.00", gift);
        tasks.complete(matchTaskFor(gift).getId(), Map.of("matchTo", "NOT_OURS"));
        assertThat(payments.findByReferenceAndAccountPaymentIdIsNull(gift).orElseThrow().getStatus())
                .isEqualTo(PaymentStatus.NOT_OURS);
    }
}
