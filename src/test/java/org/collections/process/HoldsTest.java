package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.CaseTestSupport;
import org.collections.letters.LetterType;
import org.collections.letters.OutboxMessage;
import org.collections.letters.OutboxStatus;
import org.collections.process.CollectionProcess.CallStage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MvcResult;

/** Promises to pay, holds (dunning blocks) and disputes raised outside a call, driven by the engine clock. */
class HoldsTest extends CaseTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    private org.collections.invoice.InvoiceRepository invoices;

    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);
    /** due so that day 25 (the promise) and day 35 (the promised day) are Dutch working days */
    private static final LocalDate DUE_PROMISED = LocalDate.of(2026, 3, 9);

    @Autowired
    TestRestTemplate http;

    @Test
    void aPromiseOnDay25ForDay35HoldsTheDay30NoticeAndFeeUntilItsDeadline() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE_PROMISED);
        travelTo(DUE_PROMISED.plusDays(25), 9);
        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        LocalDate promised = DUE_PROMISED.plusDays(35);
        call(number, Map.of("callOutcome", "PROMISED_TO_PAY", "promisedDate", promised.toString()));
        assertThat(pi).isWaitingAt(CollectionProcess.GATEWAY_ON_HOLD);
        assertThat(invoiceView(number).at("/hold/kind").asText()).isEqualTo("PROMISE");
        assertThat(invoiceView(number).at("/hold/until").asText()).isEqualTo(promised.plusDays(3).toString());

        travelTo(DUE_PROMISED.plusDays(30), 12);
        travelTo(promised.plusDays(2), 12);
        assertThat(letterTypes(number)).doesNotContain("LATE_NOTICE/EMAIL", "LATE_NOTICE/POST");
        assertThat(invoiceView(number).get("fees").decimalValue()).isZero();
        assertThat(pi).isWaitingAt(CollectionProcess.GATEWAY_ON_HOLD);

        // the promise is broken: recorded, and the ladder goes on with one 30-day notice and its fee, due today
        travelTo(promised.plusDays(3), 9);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_HOLD_ENDS, CollectionProcess.TASK_RESUME_LADDER,
                CollectionProcess.TASK_SEND_LATE_NOTICE);
        assertThat(dossierText(number)).contains("BROKEN_PROMISE", "Promise to pay by " + promised + " broken");
        assertThat(letterTypes(number).stream().filter(t -> t.startsWith("LATE_NOTICE/EMAIL"))).hasSize(1);
        JsonNode view = invoiceView(number);
        assertThat(view.get("fees").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(view.at("/claim/lateFees/0/on").asText()).isEqualTo(promised.plusDays(3).toString());
        assertThat(view.get("hold").isNull()).isTrue();
        callAt(pi, CallStage.DAY30).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
    }

    @Test
    void anInvoicePaidOnDay34UnderAPromiseForDay35OwesNoLateFee() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE_PROMISED);
        travelTo(DUE_PROMISED.plusDays(25), 9);
        call(number, Map.of("callOutcome", "PROMISED_TO_PAY", "promisedDate", DUE_PROMISED.plusDays(35).toString()));
        travelTo(DUE_PROMISED.plusDays(34), 10);
        assertThat(pay(number, "1000.00", "BANK-" + number).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        travelTo(DUE_PROMISED.plusDays(45), 10);
        JsonNode view = invoiceView(number);
        assertThat(view.get("status").asText()).isEqualTo("PAID");
        assertThat(view.get("fees").decimalValue()).isZero();
        assertThat(view.get("balance").decimalValue()).isZero();
        assertThat(letterTypes(number)).doesNotContain("LATE_NOTICE/EMAIL");
    }

    @Test
    void aManagersHoldStopsLettersCallsAndFeesUntilLiftedEarly() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        assertThat(openTasks(number)).extracting(t -> t.getTaskDefinitionKey()).contains(CALL_TASK);

        MvcResult held = send(post("/api/invoices/" + number + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(45).toString(), "reason", "Customer in talks with sales"));
        assertThat(held.getResponse().getStatus()).as(held.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(pi).isWaitingAt(CollectionProcess.GATEWAY_ON_HOLD);
        assertThat(openTasks(number)).as("the call task went away").isEmpty();
        JsonNode hold = invoiceView(number).get("hold");
        assertThat(hold.get("until").asText()).isEqualTo(DUE.plusDays(45).toString());
        assertThat(hold.get("reason").asText()).isEqualTo("Customer in talks with sales");
        assertThat(hold.get("by").asText()).isEqualTo(MANAGER);

        travelTo(DUE.plusDays(31), 12);
        assertThat(letterTypes(number)).doesNotContain("LATE_NOTICE/EMAIL");
        assertThat(invoiceView(number).get("fees").decimalValue()).isZero();
        assertThat(openTasks(number)).isEmpty();

        MvcResult lifted = send(delete("/api/invoices/" + number + "/hold"), MANAGER, null);
        assertThat(lifted.getResponse().getStatus()).isEqualTo(204);
        runDueJobs();
        assertThat(pi).hasPassed(CollectionProcess.EVENT_HOLD_LIFTED, CollectionProcess.TASK_RESUME_LADDER);
        assertThat(letterTypes(number)).contains("LATE_NOTICE/EMAIL");
        assertThat(invoiceView(number).get("fees").decimalValue()).isEqualByComparingTo("30.00");
        callAt(pi, CallStage.DAY30).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertThat(dossierText(number)).contains("On hold until " + DUE.plusDays(45), "lifted early by " + MANAGER);
    }

    @Test
    void aHoldEndsOnItsDayAndTheStageGoesOn() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        send(post("/api/invoices/" + number + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(10).toString(), "reason", "Checking the delivery"));
        travelTo(DUE.plusDays(9), 12);
        assertThat(pi).isWaitingAt(CollectionProcess.GATEWAY_ON_HOLD);
        travelTo(DUE.plusDays(10), 9);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_HOLD_ENDS);
        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertThat(letterTypes(number).stream().filter("OVERDUE_REMINDER/EMAIL"::equals)).hasSize(1);
    }

    /**
     * A customer's hold holds the invoices on their ladder; one held already keeps its own hold and its dossier says
     * so; a hold that would hold none is refused, since it could not be lifted either.
     */
    @Test
    void aCustomersHoldLeavesAnInvoiceHeldAlreadyAndHoldingNoneIsRefused() throws Exception {
        String customer = newCustomerNumber();
        List<String> numbers = registerInvoicesOf(customer, DUE, "en", "100.00", "200.00");
        travelTo(DUE.plusDays(1), 9);
        String first = numbers.get(0);
        send(post("/api/invoices/" + first + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(20).toString(), "reason", "Sales talks"));

        MvcResult held = send(post("/api/customers/" + customer + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(25).toString(), "reason", "Insolvency check"));
        assertThat(held.getResponse().getStatus()).as(held.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(json.readTree(held.getResponse().getContentAsString()).get("invoices").toString())
                .contains(numbers.get(1)).doesNotContain(first);
        assertThat(dossierText(first)).contains("this case is held already until")
                .doesNotContain("not on the dunning ladder");

        String dossier = dossierText(first);
        assertRefused(send(post("/api/customers/" + customer + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(30).toString(), "reason", "Again")), "customer",
                "none of its open invoices is on the dunning ladder");
        assertThat(dossierText(first)).isEqualTo(dossier);
    }

    @Test
    void aCustomersHoldHoldsEachOfItsInvoicesAndLiftsThemTogether() throws Exception {
        String customer = newCustomerNumber();
        List<String> numbers = registerInvoicesOf(customer, DUE, "en", "100.00", "200.00");
        travelTo(DUE.plusDays(1), 9);
        MvcResult held = send(post("/api/customers/" + customer + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(20).toString(), "reason", "Insolvency check"));
        assertThat(held.getResponse().getStatus()).as(held.getResponse().getContentAsString()).isEqualTo(200);
        for (String n : numbers) {
            assertThat(caseOf(n)).isWaitingAt(CollectionProcess.GATEWAY_ON_HOLD);
            assertThat(openTasks(n)).isEmpty();
        }
        assertThat(send(delete("/api/customers/" + customer + "/hold"), MANAGER, null).getResponse().getStatus())
                .isEqualTo(200);
        for (String n : numbers) {
            assertThat(caseOf(n)).hasPassed(CollectionProcess.EVENT_HOLD_LIFTED);
        }
    }

    @Test
    void aDisputeRaisedThroughTheApiStopsTheLettersAtOnce() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        MvcResult raised = send(post("/api/invoices/" + number + "/disputes"), AGENT,
                Map.of("reason", "The goods arrived broken"));
        assertThat(raised.getResponse().getStatus()).as(raised.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_DISPUTE_RAISED_BY_REQUEST)
                .isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(dossierText(number)).contains("Dispute raised by " + AGENT + ": The goods arrived broken");

        travelTo(DUE.plusDays(31), 12);
        assertThat(letterTypes(number)).doesNotContain("LATE_NOTICE/EMAIL");

        MvcResult again = send(post("/api/invoices/" + number + "/disputes"), AGENT, Map.of("reason", "Again"));
        assertThat(again.getResponse().getStatus()).isEqualTo(400);
        assertThat(again.getResponse().getContentAsString()).contains("disputed already");
    }

    @Test
    void aDisputeEndsAHoldAndGoesToResolveDispute() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        send(post("/api/invoices/" + number + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(20).toString(), "reason", "Waiting for sales"));
        MvcResult raised = send(post("/api/invoices/" + number + "/disputes"), MANAGER,
                Map.of("reason", "Wrong quantity"));
        assertThat(raised.getResponse().getStatus()).isEqualTo(201);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_DISPUTE_RAISED_ON_HOLD)
                .isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(invoiceView(number).get("hold").isNull()).isTrue();
    }

    @Test
    void aCustomerStopEndsEveryContactAndHandsEachCaseToAManager() throws Exception {
        String customer = newCustomerNumber();
        String late = newNumber();
        String fresh = newNumber();
        ProcessInstance pl = register(invoiceOf(customer, late, "100.00", START.toLocalDate().minusDays(45), false,
                "en", "BUSINESS"));
        runDueJobs();
        ProcessInstance pf = register(invoiceOf(customer, fresh, "200.00", DUE, false, "en", "BUSINESS"));
        assertThat(messages(late)).anyMatch(m -> m.getStatus() == OutboxStatus.TO_POST);
        assertThat(tasks.createTaskQuery().processDefinitionKey(CustomerContactProcess.KEY)
                .processInstanceBusinessKey(customer).count()).as("a call task").isEqualTo(1);

        MvcResult stopped = send(post("/api/customers/" + customer + "/stop"), MANAGER,
                Map.of("reason", "INSOLVENCY", "note", "Administrator appointed"));
        assertThat(stopped.getResponse().getStatus()).as(stopped.getResponse().getContentAsString()).isEqualTo(200);
        runDueJobs();
        assertThat(pl).isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER);
        assertThat(pf).isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER);
        assertThat(task(late, CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER)).hasCandidateGroup("collection-managers");
        assertThat(tasks.createTaskQuery().processDefinitionKey(CustomerContactProcess.KEY)
                .processInstanceBusinessKey(customer).count()).as("the call task went away").isZero();
        assertThat(messages(late)).noneMatch(m -> m.getStatus() == OutboxStatus.TO_POST)
                .anyMatch(m -> m.getStatus() == OutboxStatus.WITHDRAWN);
        assertThat(dossierText(late)).contains("withdrawn, not sent", "INSOLVENCY", "Administrator appointed");
        assertThat(dossierText(fresh)).contains("Stopped", "INSOLVENCY");

        int before = messages(fresh).size();
        travelTo(DUE.plusDays(31), 12);
        assertThat(messages(fresh)).hasSize(before);

        // resuming needs the stop lifted; writing off does not
        String onFresh = task(fresh, CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER).getId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(onFresh,
                Map.of("stopDecision", "RESUME"))).hasMessageContaining("lift the stop");
        String onLate = task(late, CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER).getId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(onLate,
                Map.of("stopDecision", "WRITE_OFF", "stopNotes", " \u00a0\u2003"))).hasMessageContaining("stopNotes")
                .hasMessageContaining("is required for a write-off");
        tasks.complete(onLate, Map.of("stopDecision", "WRITE_OFF", "stopNotes", "Nothing to expect"));
        runDueJobs();
        assertThat(pl).isEnded().hasPassed(CollectionProcess.END_WRITTEN_OFF_AFTER_STOP);
        assertThat(invoiceView(late).get("status").asText()).isEqualTo("WRITTEN_OFF");

        // an invoice registered while the customer is stopped goes to a manager before any letter
        String later = newNumber();
        ProcessInstance pn = register(invoiceOf(customer, later, "300.00", DUE.plusDays(40), false, "en",
                "BUSINESS"));
        runDueJobs();
        assertThat(pn).isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER);
        assertThat(messages(later)).isEmpty();
        assertThat(dossierText(later)).contains("Registered while every contact with customer " + customer);
        // one registered long overdue owes its late fee at once, in the stored figures that lists add up as well
        String overdue = newNumber();
        register(invoiceOf(customer, overdue, "300.00", today().minusDays(45), false, "en", "BUSINESS"));
        runDueJobs();
        assertThat(invoiceView(overdue).get("fees").decimalValue()).isPositive();
        assertThat(invoices.findByNumber(overdue).orElseThrow().balance().amount())
                .isEqualByComparingTo(invoiceView(overdue).get("balance").decimalValue());
        assertThat(dossierText(overdue)).contains("Late fee");

        assertThat(send(delete("/api/customers/" + customer + "/stop"), MANAGER, null).getResponse().getStatus())
                .isEqualTo(204);
        tasks.complete(onFresh, Map.of("stopDecision", "RESUME"));
        runDueJobs();
        assertThat(pf).hasPassed(CollectionProcess.TASK_PLAN_SCHEDULE);
        assertThat(letterTypes(fresh)).contains("LATE_NOTICE/EMAIL");
    }

    private void stopContact(String customer) throws Exception {
        assertThat(send(post("/api/customers/" + customer + "/stop"), MANAGER, Map.of("reason", "CEASE_CONTACT"))
                .getResponse().getStatus()).isEqualTo(200);
        runDueJobs();
    }

    private void liftAndResume(String customer, String number) throws Exception {
        assertThat(send(delete("/api/customers/" + customer + "/stop"), MANAGER, null).getResponse().getStatus())
                .isEqualTo(204);
        tasks.complete(task(number, CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER).getId(),
                Map.of("stopDecision", "RESUME"));
        runDueJobs();
    }

    /**
     * A Dutch consumer's 14-day letter waits for the morning when the customer is stopped: it never went out, so its
     * term never ran; once the stop is lifted and the case resumed, the late notice goes out as the 14-day letter.
     */
    @Test
    void aFourteenDayLetterAStopTookBackStartedNoTermAndGoesOutWhenTheCaseResumes() throws Exception {
        String customer = newCustomerNumber();
        String number = newNumber();
        travelTo(START.toLocalDate().plusDays(1), 23);
        ProcessInstance pi = register(invoiceOf(customer, number, "500.00", START.toLocalDate().minusDays(44), false,
                "nl", "CONSUMER"));
        runDueJobs();
        assertThat(messages(number).stream().filter(m -> m.getLetterType() == LetterType.LATE_NOTICE))
                .extracting(OutboxMessage::getStatus)
                .containsExactlyInAnyOrder(OutboxStatus.PENDING, OutboxStatus.TO_POST);
        assertThat(invoices.findByNumber(number).orElseThrow().getFourteenDayDeadline()).isNotNull();

        stopContact(customer);
        assertThat(messages(number)).filteredOn(m -> m.getLetterType() == LetterType.LATE_NOTICE)
                .extracting(OutboxMessage::getStatus).containsOnly(OutboxStatus.WITHDRAWN);
        assertThat(invoices.findByNumber(number).orElseThrow().getFourteenDayDeadline()).isNull();
        assertThat(dossierText(number)).contains("was withdrawn before it went out: its term does not run");
        assertThat(invoiceView(number).get("costs").decimalValue()).isEqualByComparingTo("0");

        liftAndResume(customer, number);

        assertThat(pi).hasPassed(CollectionProcess.TASK_PLAN_SCHEDULE);
        assertThat(messages(number)).filteredOn(m -> m.getLetterType() == LetterType.LATE_NOTICE)
                .extracting(OutboxMessage::getStatus).as("the withdrawn ones, and the letter again")
                .containsExactlyInAnyOrder(OutboxStatus.WITHDRAWN, OutboxStatus.WITHDRAWN, OutboxStatus.PENDING,
                        OutboxStatus.TO_POST);
        assertThat(invoices.findByNumber(number).orElseThrow().getFourteenDayDeadline()).as("a term from now")
                .isAfter(today());
        assertThat(dossierText(number)).contains("the letters it withdrew go out again once the case resumes");
    }

    @Test
    void aLetterThatWentOutByEmailIsNotPostedAfterTheStopThatWithdrewItsPostCopy() throws Exception {
        String customer = newCustomerNumber();
        String number = newNumber();
        travelTo(START.toLocalDate().plusDays(1), 10);
        register(invoiceOf(customer, number, "500.00", START.toLocalDate().minusDays(44), false, "en", "BUSINESS"));
        runDueJobs();
        assertThat(messages(number)).filteredOn(m -> m.getLetterType() == LetterType.LATE_NOTICE)
                .extracting(OutboxMessage::getStatus).containsExactlyInAnyOrder(OutboxStatus.SENT, OutboxStatus.TO_POST);

        stopContact(customer);
        liftAndResume(customer, number);

        assertThat(messages(number)).filteredOn(m -> m.getLetterType() == LetterType.LATE_NOTICE)
                .extracting(OutboxMessage::getStatus).as("the customer had the notice: no paper copy weeks later")
                .containsExactlyInAnyOrder(OutboxStatus.SENT, OutboxStatus.WITHDRAWN);
    }

    @Test
    void aStopEndsAPromiseToPayAndTheAccountNoLongerShowsItOpen() throws Exception {
        String customer = newCustomerNumber();
        String number = newNumber();
        register(invoiceOf(customer, number, "400.00", DUE, false, "en", "BUSINESS"));
        travelTo(DUE.plusDays(1), 9);
        LocalDate promised = DUE.plusDays(10);
        call(number, Map.of("callOutcome", "PROMISED_TO_PAY", "promisedDate", promised.toString()));
        assertThat(getJson("/api/customers/" + customer).at("/promises/0/open").asBoolean()).isTrue();

        assertThat(send(post("/api/customers/" + customer + "/stop"), MANAGER, Map.of("reason", "INSOLVENCY"))
                .getResponse().getStatus()).isEqualTo(200);
        runDueJobs();

        assertThat(getJson("/api/customers/" + customer).at("/promises/0/open").asBoolean())
                .as("the stop ended it").isFalse();
        assertThat(dossierText(number)).contains("The promise to pay (promised to pay by " + promised
                + ") ends with the stop");
    }

    @Test
    void aStopReachesAHeldCaseAndItsManagerMayTakeTheLegalRoute() throws Exception {
        String customer = newCustomerNumber();
        String number = registerInvoicesOf(customer, DUE, "en", "1000.00").get(0);
        ProcessInstance pi = caseOf(number);
        travelTo(DUE.plusDays(1), 9);
        send(post("/api/invoices/" + number + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(40).toString(), "reason", "Talks with the administrator"));
        MvcResult stopped = send(post("/api/customers/" + customer + "/stop"), MANAGER,
                Map.of("reason", "DECEASED"));
        assertThat(stopped.getResponse().getStatus()).as(stopped.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_CUSTOMER_STOPPED_ON_HOLD)
                .isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER);
        assertThat(invoiceView(number).get("hold").isNull()).isTrue();

        // not decided by its deadline: the managers are reminded, the task stays
        travelTo(DUE.plusDays(12), 12);
        assertThat(pi).hasPassed("Task_EscalateHandleStoppedCustomer")
                .isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER);

        tasks.complete(task(number, CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER).getId(),
                Map.of("stopDecision", "LEGAL_ROUTE", "stopNotes", "Claim from the estate"));
        runDueJobs();
        assertThat(pi).isWaitingAt(CollectionProcess.CALL_ACTIVITY_LEGAL_ROUTE);
        assertThat(dossierText(number)).contains("Stopped customer: LEGAL_ROUTE. Notes: Claim from the estate");
    }

    @Test
    void aStoppedCustomerGetsNoLetterEvenFromACaseOffTheLadder() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atRouteDecision(number, "900.00", "BUSINESS", 75);
        String customer = number; // the helpers give each invoice a customer numbered like it
        MvcResult stopped = send(post("/api/customers/" + customer + "/stop"), MANAGER,
                Map.of("reason", "CEASE_CONTACT", "note", "Letter of 2 March: no more contact"));
        assertThat(stopped.getResponse().getStatus()).as(stopped.getResponse().getContentAsString()).isEqualTo(200);
        // the route decision must not go on blindly (a plan would mean calling the customer): a manager handles it
        assertThat(pi).hasPassed(CollectionProcess.EVENT_CUSTOMER_STOPPED_AT_ROUTE_DECISION)
                .isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER);
        assertThat(open(number, CollectionProcess.TASK_DECIDE_ROUTE)).isZero();

        // paid by the customer after all: the case ends, but the receipt is not sent
        assertThat(pay(number, "2000.00", "STOP-" + number).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        assertThat(pi).isEnded();
        OutboxMessage receipt = messages(number).stream()
                .filter(m -> m.getLetterType() == LetterType.PAYMENT_RECEIPT).findFirst()
                .orElseThrow();
        assertThat(receipt.getStatus()).isEqualTo(OutboxStatus.WITHDRAWN);
        assertThat(receipt.getSentAt()).isNull();
        assertThat(dossierText(number)).contains("withdrawn, not sent: contact with the customer is stopped "
                + "(CEASE_CONTACT)");
    }

    @Test
    void aStopThatCannotBeIsRefusedAndOnlyManagersStop() throws Exception {
        String customer = newCustomerNumber();
        List<String> numbers = registerInvoicesOf(customer, DUE, "en", "100.00");
        String path = "/api/customers/" + customer + "/stop";
        assertRefused(send(post(path), MANAGER, Map.of("note", "x")), "reason", "is required");
        assertRefused(send(post(path), MANAGER, Map.of("reason", "BANKRUPT")), "reason", "must be one of");
        assertRefused(send(post(path), MANAGER, Map.of("reason", "DECEASED", "note", "x".repeat(501))), "note",
                "at most 500");
        assertThat(send(post(path), AGENT, Map.of("reason", "DECEASED")).getResponse().getStatus()).isEqualTo(403);
        assertThat(send(post(path), SYSTEM, Map.of("reason", "DECEASED")).getResponse().getStatus()).isEqualTo(403);
        assertThat(caseOf(numbers.get(0))).isWaitingAt(CollectionProcess.EVENT_PRE_DUE_REMINDER_DUE);
        assertThat(send(post(path), MANAGER, Map.of("reason", "CEASE_CONTACT")).getResponse().getStatus())
                .isEqualTo(200);
        assertRefused(send(post(path), MANAGER, Map.of("reason", "DECEASED")), "customer", "stopped already");
        assertThat(send(delete(path), AGENT, null).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void tasklistsRaiseADisputeStartFormRaisesItWithTheSameChecks() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        String path = "/engine-rest/process-definition/key/" + RaiseDisputeProcess.KEY + "/submit-form";

        ResponseEntity<String> outsider = engineRest(path, SYSTEM, Map.of("number", number, "disputeNotes", "x"));
        assertThat(outsider.getStatusCode().value()).as(outsider.getBody()).isIn(401, 403);
        ResponseEntity<String> unknown = engineRest(path, AGENT, Map.of("number", "NO-SUCH-1", "disputeNotes", "x"));
        assertThat(unknown.getStatusCode().value()).as(unknown.getBody()).isEqualTo(400);
        assertThat(unknown.getBody()).contains("names no invoice");
        ResponseEntity<String> extra = engineRest(path, AGENT, Map.of("number", number, "disputeNotes", "x",
                "invoiceId", 1));
        assertThat(extra.getStatusCode().value()).as(extra.getBody()).isEqualTo(400);
        ResponseEntity<String> empty = engineRest(path, AGENT, Map.of("number", number, "disputeNotes", " "));
        assertThat(empty.getStatusCode().value()).as(empty.getBody()).isEqualTo(400);
        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);

        ResponseEntity<String> raised = engineRest(path, AGENT, Map.of("number", number,
                "disputeNotes", "Says the service was never delivered"));
        assertThat(raised.getStatusCode().value()).as(raised.getBody()).isEqualTo(200);
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(dossierText(number)).contains("Dispute raised by " + AGENT
                + ": Says the service was never delivered");
    }

    private ResponseEntity<String> engineRest(String path, String user, Map<String, Object> values) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, PASSWORD);
        Map<String, Object> variables = new java.util.HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables), headers),
                String.class);
    }

    /**
     * Between the call's "payment plan" and the case's wait in its plan, the ask for a plan is queued: the case is on
     * its way and would miss a dispute, hold or stop. Each is refused with 409 saying to try again in a moment (not
     * that a person handles the case), nothing changes, and a moment later each goes through. A step that failed
     * is named as such.
     */
    @Test
    void aCaseOnItsWayToItsNextStepIsRefusedForAMomentThenTakesTheDispute() throws Exception {
        String customer = newCustomerNumber();
        String number = registerInvoicesOf(customer, DUE, "en", "1000.00").get(0);
        ProcessInstance pi = caseOf(number);
        travelTo(DUE.plusDays(1), 9);
        complete(number, CALL_TASK, Map.of("callOutcome", "PAYMENT_PLAN"));
        runJobsExcept(CollectionProcess.TASK_ASK_FOR_PAYMENT_PLAN);
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_ASK_FOR_PAYMENT_PLAN);
        String dossier = dossierText(number);

        MvcResult refused = send(post("/api/invoices/" + number + "/disputes"), AGENT, Map.of("reason", "Wrong rate"));
        assertMoving(refused, "invoice", "raise the dispute again in a moment");
        assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("5");
        assertMoving(send(post("/api/invoices/" + number + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(9).toString(), "reason", "Sales")), "invoice",
                "put it on hold again in a moment");
        assertMoving(send(post("/api/customers/" + customer + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(9).toString(), "reason", "Sales")), "customer",
                "hold the customer again in a moment");
        assertMoving(send(post("/api/customers/" + customer + "/stop"), MANAGER, Map.of("reason", "CEASE_CONTACT")),
                "customer", "stop the customer again in a moment");
        ResponseEntity<String> inTasklist = engineRest("/engine-rest/process-definition/key/"
                + RaiseDisputeProcess.KEY + "/submit-form", AGENT, Map.of("number", number, "disputeNotes", "x"));
        assertThat(inTasklist.getStatusCode().value()).as(inTasklist.getBody()).isEqualTo(400);
        assertThat(inTasklist.getBody()).contains("The dispute was not raised",
                "is moving on to its next step just now");
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_ASK_FOR_PAYMENT_PLAN);
        assertThat(dossierText(number)).isEqualTo(dossier);
        assertThat(send(post("/api/customers/" + customer + "/stop"), MANAGER, Map.of("reason", "CEASE_CONTACT"))
                .getResponse().getStatus()).as("still not stopped").isEqualTo(409);

        // the step fails for good: an incident, which the refusal names
        String ask = management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId();
        management.setJobRetries(ask, 0);
        assertMoving(send(post("/api/invoices/" + number + "/disputes"), AGENT, Map.of("reason", "Wrong rate")),
                "invoice", "is at a step that failed");

        // retried, the case waits in its plan: the dispute goes through
        management.setJobRetries(ask, 1);
        runDueJobs();
        assertThat(pi).isWaitingAt(CollectionProcess.GATEWAY_IN_PAYMENT_PLAN);
        MvcResult raised = send(post("/api/invoices/" + number + "/disputes"), AGENT, Map.of("reason", "Wrong rate"));
        assertThat(raised.getResponse().getStatus()).as(raised.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(invoiceView(number).get("nextStep").asText()).isEqualTo("Resolve dispute");
    }

    /** After Resolve dispute the case keeps its stage until the outcome letter's step has run: not "disputed already". */
    @Test
    void aDisputeWhileTheLastOnesOutcomeLetterIsQueuedIsRefusedForAMomentThenRaised() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        String disputes = "/api/invoices/" + number + "/disputes";
        assertThat(send(post(disputes), AGENT, Map.of("reason", "Wrong rate")).getResponse().getStatus())
                .isEqualTo(201);
        complete(number, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of("disputeResolution", "UPHELD"));
        runJobsExcept(CollectionProcess.TASK_SEND_DISPUTE_OUTCOME);
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_SEND_DISPUTE_OUTCOME);

        assertMoving(send(post(disputes), AGENT, Map.of("reason", "Now the hours")), "invoice",
                "raise the dispute again in a moment");
        runDueJobs();
        MvcResult raised = send(post(disputes), AGENT, Map.of("reason", "Now the hours"));
        assertThat(raised.getResponse().getStatus()).as(raised.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
    }

    /**
     * A stop reaches a case at a step that failed: the step (asking for a payment plan) is not done, and the case goes
     * to a manager with the customer's other cases, instead of going on into a plan once the step is retried.
     */
    @Test
    void aStopTakesACaseAtAFailedStepToAManagerAndTheStepIsNotDone() throws Exception {
        String customer = newCustomerNumber();
        List<String> numbers = registerInvoicesOf(customer, DUE, "en", "1000.00", "300.00");
        String failing = numbers.get(0);
        ProcessInstance pi = caseOf(failing);
        travelTo(DUE.plusDays(1), 9);
        complete(failing, CALL_TASK, Map.of("callOutcome", "PAYMENT_PLAN", "planInvoices", failing));
        runJobsExcept(CollectionProcess.TASK_ASK_FOR_PAYMENT_PLAN);
        management.setJobRetries(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId(), 0);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        // a customer-wide hold cannot be sure to reach it
        assertMoving(send(post("/api/customers/" + customer + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(9).toString(), "reason", "Sales")), "customer", "is at a step that failed");

        MvcResult stopped = send(post("/api/customers/" + customer + "/stop"), MANAGER, Map.of("reason", "INSOLVENCY"));
        assertThat(stopped.getResponse().getStatus()).as(stopped.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(json.readTree(stopped.getResponse().getContentAsString()).get("invoices").toString())
                .contains(failing, numbers.get(1));
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER)
                .hasNotPassed(CollectionProcess.TASK_ASK_FOR_PAYMENT_PLAN);
        assertThat(caseOf(numbers.get(1))).isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(dossierText(failing)).contains("the case was at a step that failed (Ask for a payment plan), which "
                + "is not done now: the case goes to a manager");
        assertThat(planCasesOfCustomer(customer)).isEmpty();
    }

    /** No message reaches a suspended case: a hold or dispute says so (not a 500), a stop leaves it to its manager. */
    @Test
    void aSuspendedCaseIsNamedAsSuchAndAStopLeavesItSuspended() throws Exception {
        String customer = newCustomerNumber();
        List<String> numbers = registerInvoicesOf(customer, DUE, "en", "1000.00", "300.00");
        String suspended = numbers.get(0);
        travelTo(DUE.plusDays(1), 9);
        runtime.suspendProcessInstanceById(caseOf(suspended).getId());

        assertMoving(send(post("/api/invoices/" + suspended + "/disputes"), AGENT, Map.of("reason", "Wrong rate")),
                "invoice", "is suspended");
        assertMoving(send(post("/api/invoices/" + suspended + "/hold"), MANAGER,
                Map.of("until", DUE.plusDays(9).toString(), "reason", "Sales")), "invoice", "is suspended");
        MvcResult stopped = send(post("/api/customers/" + customer + "/stop"), MANAGER, Map.of("reason", "DECEASED"));
        assertThat(stopped.getResponse().getStatus()).as(stopped.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(json.readTree(stopped.getResponse().getContentAsString()).get("invoices").toString())
                .contains(numbers.get(1)).doesNotContain(suspended);
        assertThat(dossierText(suspended)).contains("the case is suspended (Cockpit), which no message reaches");
        assertThat(caseOf(numbers.get(1))).isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER);
    }

    private static void assertMoving(MvcResult result, String field, String message) throws Exception {
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(409);
        assertThat(body).contains("\"" + field + "\"").contains(message).contains("nothing was changed");
    }

    // ------------------------------------------------------------------ refusals: 400 naming the field, 403

    @Test
    void aHoldThatCannotBeIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        String path = "/api/invoices/" + number + "/hold";

        assertRefused(send(post(path), MANAGER, Map.of("until", DUE.toString(), "reason", "x")), "until",
                "must be after today");
        assertRefused(send(post(path), MANAGER, Map.of("until", today().toString(), "reason", "x")), "until",
                "must be after today");
        assertRefused(send(post(path), MANAGER, Map.of("until", "next week", "reason", "x")), "until", "");
        assertRefused(send(post(path), MANAGER, Map.of("until", DUE.plusDays(9).toString())), "reason",
                "is required");
        assertRefused(send(post(path), MANAGER, Map.of("until", DUE.plusDays(9).toString(), "reason", "  ")),
                "reason", "is required");
        assertRefused(send(post(path), MANAGER, Map.of("until", DUE.plusDays(9).toString(), "reason",
                "x".repeat(501))), "reason", "at most 500");
        assertRefused(send(delete(path), MANAGER, null), "invoice", "is not on hold");
        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertThat(dossierText(number)).doesNotContain("On hold");

        send(post(path), MANAGER, Map.of("until", DUE.plusDays(9).toString(), "reason", "Sales"));
        assertRefused(send(post(path), MANAGER, Map.of("until", DUE.plusDays(12).toString(), "reason", "Twice")),
                "invoice", "held already");

        pay(number, "1000.00", "BANK-" + number);
        runDueJobs();
        assertRefused(send(post(path), MANAGER, Map.of("until", DUE.plusDays(9).toString(), "reason", "x")),
                "invoice", "is closed");
        assertRefused(send(post("/api/invoices/" + number + "/disputes"), AGENT, Map.of("reason", "x")), "invoice",
                "is closed");
    }

    @Test
    void aHoldDisputeOrStopNamesEveryBadFieldAtOnceAndABodyThatIsNoObjectSaysSo() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        String customer = invoiceView(number).at("/customer/number").asText();

        assertThat(errors(send(post("/api/invoices/" + number + "/hold"), MANAGER,
                Map.of("until", Map.of("day", 12), "reason", " ", "approvedBy", "me"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("until", "cannot be read as text",
                        "reason", "is required: say why the invoice is held", "approvedBy", "is not a known field"));
        assertThat(errors(send(post("/api/customers/" + customer + "/hold"), MANAGER,
                Map.of("until", List.of("2027-01-01"), "reason", "x".repeat(501), "scope", "all"))))
                .containsOnlyKeys("until", "reason", "scope");
        assertThat(errors(send(post("/api/invoices/" + number + "/disputes"), AGENT,
                Map.of("reason", List.of("wrong", "amount"), "category", "PRICE"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("reason", "cannot be read as text",
                        "category", "is not a known field"));
        assertThat(errors(send(post("/api/customers/" + customer + "/stop"), MANAGER,
                Map.of("reason", "BANKRUPT", "note", Map.of(), "since", "2026-01-01"))))
                .containsOnlyKeys("reason", "note", "since");
        for (String path : List.of("/api/invoices/" + number + "/hold", "/api/invoices/" + number + "/disputes")) {
            MvcResult list = send(post(path), MANAGER, List.of("not", "an", "object"));
            assertThat(errors(list)).as(path).containsExactlyEntriesOf(Map.of("body", "must be a JSON object"));
            assertThat(list.getResponse().getContentAsString()).doesNotContain("org.collections", "java.");
        }

        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertThat(dossierText(number)).doesNotContain("On hold", "Dispute", "stopped");
    }

    private Map<String, String> errors(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
        Map<String, String> errors = new java.util.TreeMap<>();
        json.readTree(body).get("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
        return errors;
    }

    @Test
    void aDisputeAtTheRouteDecisionInterruptsItAndTheManagerDecidesAgainAfterIt() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atRouteDecision(number, "1000.00", "BUSINESS", 75);
        assertRefused(send(post("/api/invoices/" + number + "/disputes"), AGENT, Map.of()), "reason", "is required");
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_DECIDE_ROUTE);

        MvcResult raised = send(post("/api/invoices/" + number + "/disputes"), AGENT,
                Map.of("reason", "Half of the work was never done"));
        assertThat(raised.getResponse().getStatus()).as(raised.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_DISPUTE_RAISED_AT_ROUTE_DECISION)
                .isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(open(number, CollectionProcess.TASK_DECIDE_ROUTE)).as("no decision taken blindly").isZero();
        assertThat(dossierText(number)).contains("Half of the work was never done",
                "the route decision waits until it is resolved");
        assertRefused(send(post("/api/invoices/" + number + "/hold"), MANAGER,
                Map.of("until", today().plusDays(5).toString(), "reason", "x")), "invoice", "not on the dunning ladder");

        // upheld: the case is planned again from its age and comes back to a route decision
        complete(number, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of("disputeResolution", "UPHELD"));
        runDueJobs();
        assertThat(pi).hasPassed(CollectionProcess.GATEWAY_RESUME_CASE, CollectionProcess.TASK_PLAN_SCHEDULE);
        assertThat(invoiceView(number).get("stage").asText()).isNotEqualTo("DISPUTE");
    }

    @Test
    void aDisputeOnTheLegalRouteStopsItUntilResolvedThenTheOptionsAreAssessedAgain() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "3000.00", "BUSINESS", 75);
        assertThat(open(number, "Task_ApproveLegalAction")).isEqualTo(1);

        MvcResult raised = send(post("/api/invoices/" + number + "/disputes"), MANAGER,
                Map.of("reason", "Customer says the delivery was incomplete"));
        assertThat(raised.getResponse().getStatus()).as(raised.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_DISPUTE_RAISED_ON_LEGAL_ROUTE)
                .isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(open(number, "Task_ApproveLegalAction")).as("no approval while disputed").isZero();
        assertThat(child(pi, LegalRouteProcess.KEY)).isNull();
        assertThat(dossierText(number)).contains("the legal route stops until it is resolved");

        complete(number, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of("disputeResolution", "UPHELD",
                "disputeNotes", "Delivery note signed by the customer"));
        runDueJobs();
        assertThat(pi).hasPassed(CollectionProcess.GATEWAY_RESUME_CASE)
                .isWaitingAt(CollectionProcess.CALL_ACTIVITY_LEGAL_ROUTE);
        assertThat(open(number, "Task_ApproveLegalAction")).as("the manager approves again").isEqualTo(1);
        assertThat(invoiceView(number).get("stage").asText()).isEqualTo("LEGAL");
    }

    @Test
    void aStopOnTheLegalRouteGoesToAManagerAndResumesThereOnceLifted() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "3000.00", "BUSINESS", 75);
        String customer = number; // the helpers give each invoice a customer numbered like it
        MvcResult stopped = send(post("/api/customers/" + customer + "/stop"), MANAGER,
                Map.of("reason", "INSOLVENCY"));
        assertThat(stopped.getResponse().getStatus()).as(stopped.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(stopped.getResponse().getContentAsString()).contains(number);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_CUSTOMER_STOPPED_ON_LEGAL_ROUTE)
                .isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER);
        assertThat(open(number, "Task_ApproveLegalAction")).isZero();

        assertThat(send(delete("/api/customers/" + customer + "/stop"), MANAGER, null).getResponse().getStatus())
                .isEqualTo(204);
        complete(number, CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER, Map.of("stopDecision", "RESUME"));
        runDueJobs();
        assertThat(pi).hasPassed(CollectionProcess.GATEWAY_RESUME_CASE)
                .isWaitingAt(CollectionProcess.CALL_ACTIVITY_LEGAL_ROUTE);
        assertThat(open(number, "Task_ApproveLegalAction")).isEqualTo(1);
    }

    @Test
    void aStopInAPaymentPlanEndsThePlanAndHandsEachCaseToAManager() throws Exception {
        String customer = newCustomerNumber();
        String number = registerInvoicesOf(customer, DUE, "en", "1200.00").get(0);
        ProcessInstance pi = caseOf(number);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "PAYMENT_PLAN", "callNotes", "Can pay monthly"));
        complete(number, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, Map.of("instalmentCount", 3,
                "instalmentAmount", 400, "firstInstalmentDate", DUE.plusDays(20).toString(),
                "instalmentInterval", "P1M"));
        runDueJobs();
        ProcessInstance plan = planCaseOf(number);
        assertThat(pi).isWaitingAt(CollectionProcess.GATEWAY_IN_PAYMENT_PLAN);

        MvcResult stopped = send(post("/api/customers/" + customer + "/stop"), MANAGER,
                Map.of("reason", "CEASE_CONTACT", "note", "Written request"));
        assertThat(stopped.getResponse().getStatus()).as(stopped.getResponse().getContentAsString()).isEqualTo(200);
        runDueJobs();
        assertThat(pi).hasPassed(CollectionProcess.EVENT_CUSTOMER_STOPPED_IN_PLAN)
                .isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER);
        assertThat(task(number, CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER)).hasCandidateGroup(
                "collection-managers");
        // the plan ends as stopped, not as paid: in Cockpit's history, the API and the dossier
        assertThat(plan).isEnded().hasPassed(PaymentPlanProcess.END_PLAN_STOPPED)
                .hasNotPassed(PaymentPlanProcess.END_PLAN_PAID);
        JsonNode view = invoiceView(number).get("plan");
        assertThat(view.get("status").asText()).isEqualTo("STOPPED");
        assertThat(view.at("/invoices/0/status").asText()).isEqualTo("STOPPED");
        assertThat(getJson("/api/customers/" + customer).at("/plans/0/status").asText()).isEqualTo("STOPPED");
        assertThat(dossierText(number)).contains("Leaves payment plan", "its case goes to a manager",
                "Payment plan " + view.get("id").asLong() + " stopped: every contact with the customer is stopped")
                .doesNotContain("settled: the invoices left in it are paid");

        // the instalment's day and its grace pass: no reminder, no missed-instalment call
        int before = messages(number).size();
        travelTo(DUE.plusDays(40), 12);
        assertThat(tasks.createTaskQuery().processInstanceId(plan.getId()).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(plan.getId())
                .taskDefinitionKey(PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT).count()).isZero();
        assertThat(messages(number)).hasSize(before);
    }

    @Test
    void aStopDuringADisputeHandsTheCaseToAManagerAndResumedItGoesBackToTheDisputeThenWhereItCameFrom()
            throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "3000.00", "BUSINESS", 75);
        String customer = number; // the helpers give each invoice a customer numbered like it
        send(post("/api/invoices/" + number + "/disputes"), AGENT, Map.of("reason", "The roof still leaks"));
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);

        MvcResult stopped = send(post("/api/customers/" + customer + "/stop"), MANAGER,
                Map.of("reason", "INSOLVENCY", "note", "Administrator appointed"));
        assertThat(stopped.getResponse().getStatus()).as(stopped.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(stopped.getResponse().getContentAsString()).contains(number);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_CUSTOMER_STOPPED_IN_DISPUTE)
                .isWaitingAt(CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER);
        assertThat(task(number, CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER)).hasCandidateGroup(
                "collection-managers");
        assertThat(open(number, CollectionProcess.TASK_RESOLVE_DISPUTE)).as("no agent works it any more").isZero();
        assertThat(dossierText(number)).contains("INSOLVENCY", "its dispute is not resolved: Resolve dispute is "
                + "interrupted and the case goes to a manager");

        // resumed once the stop is lifted: first the dispute, then back to the legal route it came from
        assertThat(send(delete("/api/customers/" + customer + "/stop"), MANAGER, null).getResponse().getStatus())
                .isEqualTo(204);
        complete(number, CollectionProcess.TASK_HANDLE_STOPPED_CUSTOMER, Map.of("stopDecision", "RESUME"));
        runDueJobs();
        assertThat(pi).hasPassed(CollectionProcess.GATEWAY_DISPUTE_STILL_OPEN)
                .isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(dossierText(number)).contains("Stopped customer: RESUME; the dispute raised before the stop goes "
                + "back to Resolve dispute first");
        complete(number, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of("disputeResolution", "UPHELD"));
        runDueJobs();
        assertThat(pi).hasPassed(CollectionProcess.GATEWAY_RESUME_CASE)
                .isWaitingAt(CollectionProcess.CALL_ACTIVITY_LEGAL_ROUTE);
        assertThat(open(number, "Task_ApproveLegalAction")).isEqualTo(1);
    }

    @Test
    void onlyManagersHoldAndLift() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        Map<String, String> body = Map.of("until", DUE.plusDays(9).toString(), "reason", "Agent tries");
        assertThat(send(post("/api/invoices/" + number + "/hold"), AGENT, body).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(send(post("/api/invoices/" + number + "/hold"), SYSTEM, body).getResponse().getStatus())
                .isEqualTo(403);
        String customer = invoiceView(number).at("/customer/number").asText();
        assertThat(send(post("/api/customers/" + customer + "/hold"), AGENT, body).getResponse().getStatus())
                .isEqualTo(403);
        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);

        send(post("/api/invoices/" + number + "/hold"), MANAGER, body);
        assertThat(send(delete("/api/invoices/" + number + "/hold"), AGENT, null).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(send(delete("/api/customers/" + customer + "/hold"), AGENT, null).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(send(post("/api/invoices/" + number + "/disputes"), SYSTEM, Map.of("reason", "x"))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(pi).isWaitingAt(CollectionProcess.GATEWAY_ON_HOLD);
    }

    private MvcResult send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String user, Object body) throws Exception {
        request = request.with(httpBasic(user, PASSWORD));
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request).andReturn();
    }

    private long open(String number, String taskDefinitionKey) {
        return openTasks(number).stream().filter(t -> taskDefinitionKey.equals(t.getTaskDefinitionKey())).count();
    }

    private void assertRefused(MvcResult result, String field, String message) throws Exception {
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
        assertThat(body).contains("\"" + field + "\"").contains(message);
    }
}
