package org.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.letters.OutboxMessage;
import org.collections.letters.OutboxStatus;
import org.collections.letters.PdfRenderer;
import org.collections.process.CollectionProcess;
import org.collections.process.InvoiceCallProcess;
import org.collections.process.CustomerContactProcess;
import org.collections.process.CollectionProcess.CallStage;
import org.collections.process.LegalRouteProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Section 11 of the design: the longest text a user or a customer record may hold never stops a case, and a longer
 * one is refused with a message naming the field. Each case here ends with no incident and no failed job.
 */
class TextLimitsTest extends CaseTestSupport {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);
    private static final String LONGEST_NUMBER = "N-" + "0".repeat(48);
    private static final String LONGEST_NAME = "Debtor " + "x".repeat(193);

    @Autowired
    private PdfRenderer pdf;

    @Test
    void callsWithTheLongestNotesStillLeadToTheNextCall() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        for (int call = 1; call <= 3; call++) {
            noAnswer(number, pi, CallStage.DAY1, call);
        }
        travelTo(DUE.plusDays(30), 9);
        callAt(pi, CallStage.DAY30).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        noAnswer(number, pi, CallStage.DAY30, 4);

        callAt(pi, CallStage.DAY30).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertNothingFailed(pi);
        String briefing = (String) tasks.getVariableLocal(callTask(number).getId(),
                "callHistory");
        assertThat(briefing.length()).isLessThanOrEqualTo(4000);
        assertThat(briefing).startsWith("… 1 earlier call in the dossier\n").contains("note 2 ", "note 3 ", "note 4 ")
                .doesNotContain("note 1 ");
        assertThat(dossierText(number)).contains("note 1 ", "note 2 ", "note 3 ", "note 4 ");
    }

    @Test
    void theLongestNameAndNumberGetTheirLettersSent() throws Exception {
        ProcessInstance pi = register(invoiceOf(LONGEST_NUMBER, LONGEST_NAME, START.toLocalDate().minusDays(45)));
        runDueJobs();

        assertThat(letterTypes(LONGEST_NUMBER)).containsExactlyInAnyOrder("LATE_NOTICE/EMAIL", "LATE_NOTICE/POST",
                "STOP_WORK/INTERNAL");
        assertThat(messages(LONGEST_NUMBER)).allSatisfy(m -> {
            assertThat(m.getStatus()).isIn(OutboxStatus.SENT, OutboxStatus.TO_POST);
            assertThat(m.getSubject().length()).isLessThanOrEqualTo(255);
        });
        OutboxMessage stopWork = messages(LONGEST_NUMBER).stream()
                .filter(m -> m.getLetterType().name().equals("STOP_WORK")).findFirst().orElseThrow();
        assertThat(stopWork.getSubject()).hasSize(255).startsWith("Stop work for Debtor xxx")
                .endsWith("…: invoice " + LONGEST_NUMBER + " is 45 days overdue");
        OutboxMessage post = messages(LONGEST_NUMBER).stream().filter(m -> m.getStatus() == OutboxStatus.TO_POST)
                .findFirst().orElseThrow();
        assertThat(new String(pdf.render(post.getBodyHtml()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        callAt(pi, CallStage.DAY30).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertNothingFailed(pi);
    }

    @Test
    void theLongestNameAndNumberGetTheirClaimToCourt() throws Exception {
        String number = "C-" + "0".repeat(48);
        // day 60 a working day before the start: the final demand goes out at registration
        ProcessInstance pi = register(invoiceOf(number, LONGEST_NAME, START.toLocalDate().minusDays(65)));
        runDueJobs();
        travelTo(START.plusDays(2 + 14 + 1).plusHours(2));
        complete(number, CollectionProcess.TASK_DECIDE_ROUTE, Map.of("route", "LEGAL_ROUTE"));
        runDueJobs();
        complete(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION, Map.of("legalAction", "SMALL_CLAIMS",
                "approved", true));
        runDueJobs();

        assertThat(messages(number)).filteredOn(m -> m.getLetterType().name().equals("SMALL_CLAIM")).singleElement()
                .satisfies(m -> {
                    assertThat(m.getStatus()).isEqualTo(OutboxStatus.SENT);
                    assertThat(m.getSubject()).hasSize(255).endsWith("…, invoice " + number);
                });
        assertThat(task(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME)).isNotNull();
        assertNothingFailed(pi);
        assertNothingFailed(child(pi, LegalRouteProcess.KEY));
    }

    @Test
    void notesLongerThanTheirStorageAreRefusedAndTheLongestAreTaken() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        String taskId = callTask(number).getId();

        assertThatThrownBy(() -> tasks.complete(taskId, Map.of("callOutcome", "DISPUTED",
                "callNotes", "x".repeat(4001)))).hasMessageContaining("callNotes must be at most 4000 characters");
        assertThat(callTask(number).getId()).isEqualTo(taskId);
        assertThat(dossierText(number)).doesNotContain("\"type\":\"DISPUTE\"");

        // the longest notes that are allowed: the dispute task that follows at once gets its briefing
        tasks.complete(taskId, Map.of("callOutcome", "DISPUTED", "callNotes", "y".repeat(4000)));
        runDueJobs();
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThatThrownBy(() -> complete(number, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of(
                "disputeResolution", "UPHELD", "disputeNotes", "z".repeat(4001))))
                .hasMessageContaining("disputeNotes must be at most 4000 characters");
        complete(number, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of("disputeResolution", "UPHELD",
                "disputeNotes", "z".repeat(4000)));
        runDueJobs();

        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertNothingFailed(pi);
        assertThat(dossierText(number)).contains("Notes: yyyy", "Notes: zzzz");
    }

    @Test
    void aStartFormValueLongerThanItsColumnIsRefusedWithItsField() {
        String number = newNumber();
        Map<String, Object> form = new HashMap<>(Map.of("number", number, "amount", 250, "currency", "EUR",
                "issueDate", "2026-02-01", "dueDate", DUE.toString(), "customerName", "n".repeat(201),
                "customerEmail", "piet@example.nl", "customerPhone", "+31 6 9876 5432",
                "customerAddress", "a".repeat(501), "customerType", "CONSUMER"));
        form.put("customerCountry", "NL");

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CollectionProcess.KEY, form))
                .hasMessageContaining("customerName must be at most 200 characters")
                .hasMessageContaining("customerAddress must be at most 500 characters");
        assertThat(caseOf(number)).isNull();
    }

    @Test
    void aPaymentNamingANumberLongerThanAnyInvoiceIsRefusedWithItsField() throws Exception {
        MvcResult result = pay(LONGEST_NUMBER + "0", "10.00", "BANK-" + newNumber());

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(result.getResponse().getContentAsString());
        assertThat(problem.at("/errors/number").asText()).isEqualTo("must be at most 50 characters");
    }

    private void noAnswer(String number, ProcessInstance pi, CallStage stage, int call) {
        call(number, Map.of("callOutcome", "NO_ANSWER", "callNotes", notes(call)));
        ProcessInstance contact = contactCaseOf(number);
        Job next = contact == null ? null : management.createJobQuery().processInstanceId(contact.getId())
                .activityId(CustomerContactProcess.EVENT_NEXT_CONTACT_DAY).singleResult();
        if (next != null) {
            travelTo(next.getDuedate().toInstant().atZone(ZONE));
        }
    }

    private Map<String, Object> invoiceOf(String number, String customerName, LocalDate dueDate) {
        Map<String, Object> body = new HashMap<>(invoice(number, "1000.00", dueDate, true, "en"));
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = new HashMap<>((Map<String, Object>) body.get("customer"));
        customer.put("name", customerName);
        body.put("customer", customer);
        return body;
    }

    /** 4,000 characters, the most a note may hold, told apart by their start. */
    private static String notes(int call) {
        String start = "note " + call + " ";
        return start + "n".repeat(4000 - start.length());
    }

    private void assertNothingFailed(ProcessInstance pi) {
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).withException().count()).isZero();
    }
}
