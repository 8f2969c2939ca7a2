package org.collections.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.collections.CaseTestSupport;
import org.collections.process.CollectionProcess;
import org.collections.process.InvoiceCallProcess;
import org.collections.process.CollectionProcess.CallStage;
import org.collections.policy.SchedulePlanner;
import org.collections.process.CustomerContactProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** One conversation per customer: one call task covers every overdue invoice, its outcome applies per invoice. */
class ContactCaseTest extends CaseTestSupport {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 18);

    @Autowired
    TestRestTemplate http;

    private ProcessInstance registerFor(String customer, String number, String amount, LocalDate due)
            throws Exception {
        Map<String, Object> body = new HashMap<>(invoiceOf(customer, number, amount, due, false, "en", "BUSINESS"));
        return register(body);
    }

    /** An invoice of a new business customer due on {@link #DUE}, with the office as a second contact. */
    private void registerWithOffice(String number, String officeName) throws Exception {
        Map<String, Object> body = new HashMap<>(invoiceOf(newCustomerNumber(), number, "100.00", DUE, false, "en",
                "BUSINESS"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new HashMap<>((Map<String, Object>) body.get("customer"));
        data.put("contacts", List.of(Map.of("role", "office", "name", officeName, "phone", "+31 20 111 0000")));
        body.put("customer", data);
        register(body);
    }

    private List<Task> callTasksOf(String customer) {
        return tasks.createTaskQuery().processDefinitionKey(CustomerContactProcess.KEY)
                .processInstanceBusinessKey(customer).list();
    }

    private String listed(Task task) {
        return shown(task.getId(), "invoicesToDiscuss");
    }

    @Test
    void theCallTaskShowsWhatIsOwedAsOfNowAfterEveryPayment() throws Exception {
        String customer = newCustomerNumber();
        String number = newNumber();
        registerFor(customer, number, "1250.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        Task call = callTask(number);
        assertThat(tasks.getVariableLocal(call.getId(), "totalOwed")).isEqualTo("EUR 1250.00");
        assertThat(listed(call)).contains("EUR 1250.00 owed").as("the stage, not a claim that a letter went out")
                .contains(": reminder stage (day 1), ").doesNotContain("sent");

        // the agent reads the amount to the customer: a payment since the task was created must show
        assertThat(pay(number, "250.00", "BANK-" + number).getResponse().getStatus()).isEqualTo(201);
        assertThat(callTask(number).getId()).isEqualTo(call.getId());
        assertThat(tasks.getVariableLocal(call.getId(), "totalOwed")).isEqualTo("EUR 1000.00");
        assertThat(listed(call)).contains("EUR 1000.00 owed").doesNotContain("1250.00");

        // a payment to the customer's account, booked on the invoice
        assertThat(postJson("/api/customers/" + customer + "/payments", Map.of("amount", "100.00", "currency", "EUR",
                "paidAt", today().toString(), "reference", "ACC-" + number)).getResponse().getStatus()).isEqualTo(201);
        assertThat(tasks.getVariableLocal(call.getId(), "totalOwed")).isEqualTo("EUR 900.00");
        assertThat(runtime.getVariable(caseOf(number).getId(), "balance")).isEqualTo(900.0);
    }

    @Test
    void threeInvoicesOverdueOnOneDayMakeOneCallTaskAndAFourthJoinsIt() throws Exception {
        String customer = newCustomerNumber();
        String a = newNumber();
        String b = newNumber();
        String c = newNumber();
        String d = newNumber();
        ProcessInstance pa = registerFor(customer, a, "100.00", DUE);
        ProcessInstance pb = registerFor(customer, b, "200.00", DUE);
        ProcessInstance pc = registerFor(customer, c, "300.00", DUE);
        ProcessInstance pd = registerFor(customer, d, "400.00", DUE.plusDays(5));
        travelTo(DUE.plusDays(1), 9);

        callAt(pa, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        callAt(pb, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        callAt(pc, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        List<Task> calls = callTasksOf(customer);
        assertThat(calls).hasSize(1);
        Task call = calls.get(0);
        assertThat(call.getTaskDefinitionKey()).isEqualTo(CALL_TASK);
        assertThat(listed(call)).contains(a, b, c).contains("EUR 300.00 owed").doesNotContain(d);
        assertThat(tasks.getVariableLocal(call.getId(), "totalOwed")).isEqualTo("EUR 600.00");
        assertThat(runtime.getVariable(call.getProcessInstanceId(), "customerNumber")).isEqualTo(customer);
        assertThat(runtime.getVariable(pa.getId(), "customerNumber")).isEqualTo(customer);
        assertThat(runtime.getVariable(call.getProcessInstanceId(), "invoiceNumbers")).isEqualTo(a + ", " + b + ", " + c);
        assertThat(invoiceView(b).get("nextStep").asText()).as("the invoice waits for its customer's call")
                .isEqualTo("Call customer");

        // the fourth invoice becomes overdue while the call task is open: it joins the same task
        travelTo(DUE.plusDays(6), 9);
        callAt(pd, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertThat(callTasksOf(customer)).extracting(Task::getId).containsExactly(call.getId());
        assertThat(listed(callTasksOf(customer).get(0))).contains(a, b, c, d);

        // Tasklist and Cockpit find the call by customer
        ResponseEntity<String> byCustomer = http.withBasicAuth(AGENT, PASSWORD).getForEntity(
                "/engine-rest/task?processVariables=customerNumber_eq_" + customer, String.class);
        assertThat(byCustomer.getStatusCode().value()).as(byCustomer.getBody()).isEqualTo(200);
        JsonNode found = json.readTree(byCustomer.getBody());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asText()).isEqualTo(call.getId());
        assertThat(http.withBasicAuth(AGENT, PASSWORD).getForEntity("/engine-rest/task?maxResults=100000",
                String.class).getStatusCode().value()).as("a page above the engine's limit").isEqualTo(400);
    }

    @Test
    void aPromiseForTwoInvoicesAndADisputeOfTheThirdApplyPerInvoice() throws Exception {
        String customer = newCustomerNumber();
        String a = newNumber();
        String b = newNumber();
        String c = newNumber();
        ProcessInstance pa = registerFor(customer, a, "100.00", DUE);
        ProcessInstance pb = registerFor(customer, b, "200.00", DUE);
        ProcessInstance pc = registerFor(customer, c, "300.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        ProcessInstance contact = contactCaseOf(a);
        LocalDate promised = DUE.plusDays(8);

        call(a, Map.of("callOutcome", "PROMISED_TO_PAY", "promisedDate", promised.toString(),
                "disputedInvoices", c, "callNotes", "Pays two next week; says the work of " + c + " was not done"));

        assertThat(pa).isWaitingAt(CollectionProcess.GATEWAY_ON_HOLD);
        assertThat(pb).isWaitingAt(CollectionProcess.GATEWAY_ON_HOLD);
        assertThat(pc).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(contact).hasPassed(CustomerContactProcess.TASK_TELL_INVOICES,
                CustomerContactProcess.TASK_CONFIRM_PROMISE).isEnded();
        assertThat(callTasksOf(customer)).as("no second call task").isEmpty();
        assertThat(dossierText(a)).contains("customer promised to pay by " + promised, "call about 3 invoices");
        assertThat(dossierText(c)).contains("customer disputes the invoice");
        assertThat(invoiceView(c).get("stage").asText()).isEqualTo("DISPUTE");
        assertThat(letterTypes(a)).contains("PROMISE_CONFIRMATION/EMAIL");
        assertThat(letterTypes(c)).doesNotContain("PROMISE_CONFIRMATION/EMAIL");

        JsonNode account = getJson("/api/customers/" + customer);
        assertThat(account.at("/promises/0/promisedDate").asText()).isEqualTo(promised.toString());
        List<String> covered = new ArrayList<>();
        account.at("/promises/0/invoices").forEach(n -> covered.add(n.asText()));
        assertThat(covered).containsExactlyInAnyOrder(a, b);
        assertThat(account.get("openTasks")).extracting(t -> t.get("name").asText()).contains("Resolve dispute");

        // the promise is broken for the two: each records it and goes on
        travelTo(promised.plusDays(4), 9);
        assertThat(passedInCall(pa, CallStage.DAY1)).contains(InvoiceCallProcess.END_PROMISE_TO_PAY);
        assertThat(pa).hasPassed(CollectionProcess.TASK_RESUME_LADDER).isWaitingAt(CollectionProcess.EVENT_DAY30_REACHED);
        assertThat(passedInCall(pb, CallStage.DAY1)).contains(InvoiceCallProcess.END_PROMISE_TO_PAY);
        assertThat(dossierText(b)).contains("BROKEN_PROMISE");
        assertThat(pc).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
    }

    @ParameterizedTest
    @EnumSource(CallStage.class)
    void anInvoiceThePromiseDoesNotCoverGoesOnAsItWas(CallStage stage) throws Exception {
        String customer = newCustomerNumber();
        String a = newNumber();
        String b = newNumber();
        ProcessInstance pa = registerFor(customer, a, "100.00", DUE);
        ProcessInstance pb = registerFor(customer, b, "200.00", DUE);
        travelTo(DUE.plusDays(stage == CallStage.DAY1 ? 1 : 30), 9);
        if (stage == CallStage.DAY30) {
            // the day-1 call was never made: day 30 asks again, and the task lists both once
            assertThat(callTasksOf(customer)).hasSize(1);
        }
        LocalDate promised = today().plusDays(3);

        call(a, Map.of("callOutcome", "PROMISED_TO_PAY", "promisedDate", promised.toString(), "promisedInvoices", a));

        assertThat(pa).isWaitingAt(CollectionProcess.GATEWAY_ON_HOLD);
        assertThat(passedInCall(pb, stage)).contains(InvoiceCallProcess.END_NOTHING_AGREED);
        assertThat(dossierText(b)).contains("customer reached; nothing agreed on this invoice");
        assertThat(letterTypes(b)).doesNotContain("PROMISE_CONFIRMATION/EMAIL");
    }

    @Test
    void anInvoiceAskingWhileTheCallIsBeingReportedGetsTheNextCall() throws Exception {
        String customer = newCustomerNumber();
        String a = newNumber();
        String late = newNumber();
        registerFor(customer, a, "100.00", DUE);
        ProcessInstance pLate = registerFor(customer, late, "50.00", DUE.plusDays(5));
        travelTo(DUE.plusDays(1), 9);
        ProcessInstance contact = contactCaseOf(a);

        // the agent reports the call; before the contact case tells the invoices, the other invoice asks for a call
        complete(a, CALL_TASK, Map.of("callOutcome", "REFUSED", "callNotes", "Not this month"));
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                DUE.plusDays(6).atTime(9, 0).atZone(ZONE).toInstant()));
        for (int i = 0; i < 10; i++) {
            management.createJobQuery().processInstanceId(pLate.getId()).executable().list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        callAt(pLate, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        runDueJobs();

        // the customer was reached five days ago: the next call waits for the quiet days after a conversation
        assertThat(contact).isActive();
        assertThat(callTasksOf(customer)).isEmpty();
        Job held = management.createJobQuery().processInstanceId(contact.getId())
                .activityId(CustomerContactProcess.EVENT_CALL_ALLOWED).singleResult();
        ZonedDateTime planned = held.getDuedate().toInstant().atZone(ZONE);
        assertThat(planned.toLocalDate()).isEqualTo(DUE.plusDays(8));
        assertThat(dossierText(late)).contains("Call held back: the customer was reached on")
                .contains("Planned for " + planned.format(SchedulePlanner.PLANNED));
        travelTo(planned);
        List<Task> next = callTasksOf(customer);
        assertThat(next).hasSize(1);
        assertThat(listed(next.get(0))).contains(late).doesNotContain(a);
    }

    @Test
    void aCallHeldBackAfterAConversationGivesItsTimeInTheCustomersZone() throws Exception {
        customerTimeZone = "America/New_York";
        customerCountry = "US";
        String customer = newCustomerNumber();
        String a = newNumber();
        String late = newNumber();
        registerFor(customer, a, "100.00", DUE);
        ProcessInstance pLate = registerFor(customer, late, "50.00", DUE.plusDays(5));
        java.time.ZoneId newYork = java.time.ZoneId.of("America/New_York");
        ZonedDateTime reached = null;
        for (int hour = 0; hour < 48 && reached == null; hour++) {
            travelTo(DUE.plusDays(1).atTime(8, 0).atZone(ZONE).plusHours(hour));
            if (!callTasksOf(customer).isEmpty()) {
                reached = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().atZone(newYork);
            }
        }
        assertThat(reached).as("a call task").isNotNull();
        complete(a, CALL_TASK, Map.of("callOutcome", "REFUSED", "callNotes", "Not this month"));
        travelTo(DUE.plusDays(6).atTime(16, 0).atZone(ZONE));
        runDueJobs();
        callAt(pLate, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);

        // the conversation's time is written as the customer's clock showed it, and says which zone that is
        String held = dossierText(late);
        assertThat(held).contains("Call held back: the customer was reached on "
                + reached.toLocalDate() + " " + String.format("%02d", reached.getHour()))
                .contains("(America/New_York)");
    }

    @Test
    void aCustomerWithThreeOverdueInvoicesIsCalledNoMoreOftenThanTheLimitAcrossThem() throws Exception {
        String customer = newCustomerNumber();
        String a = newNumber();
        String b = newNumber();
        String c = newNumber();
        registerFor(customer, a, "100.00", DUE);
        registerFor(customer, b, "200.00", DUE.plusDays(1));
        registerFor(customer, c, "300.00", DUE.plusDays(5));

        travelTo(DUE.plusDays(1), 9);
        call(a, Map.of("callOutcome", "NO_ANSWER"));
        travelTo(DUE.plusDays(2), 9);
        assertThat(listed(callTasksOf(customer).get(0))).contains(a).contains(b);
        call(a, Map.of("callOutcome", "NO_ANSWER"));
        travelTo(DUE.plusDays(5), 9);
        call(a, Map.of("callOutcome", "NO_ANSWER"));
        // three calls in five days: a and b hear the customer is unreachable and wait a week
        assertThat(callTasksOf(customer)).isEmpty();

        // c's day 1 comes the next day: its call waits until the first of the three calls is 7 days old
        travelTo(DUE.plusDays(6), 9);
        assertThat(callTasksOf(customer)).isEmpty();
        assertThat(dossierText(c)).contains("Call held back: 3 calls in the last 7 days (limit 3)");
        travelTo(DUE.plusDays(8), 8);
        assertThat(callTasksOf(customer)).isEmpty();
        travelTo(DUE.plusDays(8), 9);
        assertThat(listed(callTasksOf(customer).get(0))).contains(c);

        List<Instant> created = history.createHistoricTaskInstanceQuery().processDefinitionKey(CustomerContactProcess.KEY)
                .taskDefinitionKey(CALL_TASK).list().stream()
                .filter(t -> runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).count() == 0
                        ? customer.equals(history.createHistoricProcessInstanceQuery()
                                .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey())
                        : customer.equals(runtime.createProcessInstanceQuery()
                                .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey()))
                .map(t -> t.getStartTime().toInstant()).sorted().toList();
        assertThat(created).hasSize(4);
        for (Instant t : created) {
            assertThat(created.stream().filter(o -> !o.isAfter(t) && o.isAfter(t.minus(Duration.ofDays(7)))))
                    .as("calls in the 7 days up to " + t).hasSizeLessThanOrEqualTo(3);
        }
    }

    @Test
    void aCustomerWhoAsksToBeCalledAgainIsCalledWithinTheQuietDays() throws Exception {
        String customer = newCustomerNumber();
        String a = newNumber();
        String later = newNumber();
        registerFor(customer, a, "100.00", DUE);
        registerFor(customer, later, "50.00", DUE.plusDays(1));
        travelTo(DUE.plusDays(1), 9);
        call(a, Map.of("callOutcome", "REFUSED", "callNotes", "Call me when the second one is due",
                "callBackAsked", true));
        travelTo(DUE.plusDays(2), 9);
        assertThat(listed(callTasksOf(customer).get(0))).contains(later);
    }

    @Test
    void aCallBackWishWithoutAnAnswerIsRefused() throws Exception {
        String customer = newCustomerNumber();
        String a = newNumber();
        registerFor(customer, a, "100.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        Task task = callTasksOf(customer).get(0);
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("callOutcome", "NO_ANSWER", "callBackAsked",
                "perhaps"))).hasMessageContaining("callBackAsked");
        assertThat(callTasksOf(customer)).hasSize(1);
    }

    @Test
    void anOutcomeNamingAnInvoiceTheCallDoesNotCoverIsRefusedAndNothingIsRecorded() throws Exception {
        String customer = newCustomerNumber();
        String a = newNumber();
        String b = newNumber();
        registerFor(customer, a, "100.00", DUE);
        registerFor(customer, b, "200.00", DUE);
        String other = newNumber();
        register(other, "50.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        Task call = callTask(a);

        assertThatThrownBy(() -> tasks.complete(call.getId(), Map.of("callOutcome", "PROMISED_TO_PAY",
                "promisedDate", DUE.plusDays(5).toString(), "promisedInvoices", a + ", " + other)))
                .hasMessageContaining("promisedInvoices").hasMessageContaining(other + " is not one of the invoices");
        assertThatThrownBy(() -> tasks.complete(call.getId(), Map.of("callOutcome", "DISPUTED",
                "disputedInvoices", a, "promisedInvoices", a, "callNotes", "x", "promisedDate",
                DUE.plusDays(5).toString())))
                .hasMessageContaining("already named");
        assertThatThrownBy(() -> tasks.complete(call.getId(), Map.of("callOutcome", "NO_ANSWER",
                "disputedInvoices", b)))
                .hasMessageContaining("disputedInvoices leave empty when no one answered");
        assertThatThrownBy(() -> tasks.complete(call.getId(), Map.of("callOutcome", "REFUSED",
                "promisedInvoices", b)))
                .hasMessageContaining("promisedDate");
        assertThatThrownBy(() -> tasks.complete(call.getId(), Map.of("callOutcome", "NOTHING_AGREED")))
                .hasMessageContaining("callOutcome must be one of");

        // the same attack through the REST API as an agent: 400, nothing recorded
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> refused = http.withBasicAuth(AGENT, PASSWORD).exchange(
                "/engine-rest/task/" + call.getId() + "/complete", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", Map.of("callOutcome", Map.of("value", "REFUSED"),
                        "disputedInvoices", Map.of("value", other), "callNotes", Map.of("value", "x"))), headers),
                String.class);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);

        assertThat(callTask(a).getId()).isEqualTo(call.getId());
        assertThat(dossierText(a)).doesNotContain("Call (DAY_1");
        assertThat(dossierText(b)).doesNotContain("Call (DAY_1");
    }

    @Test
    void twoCustomersKeepTheirOwnConversation() throws Exception {
        String first = newCustomerNumber();
        String second = newCustomerNumber();
        String a = newNumber();
        String b = newNumber();
        ProcessInstance pa = registerFor(first, a, "100.00", DUE);
        ProcessInstance pb = registerFor(second, b, "200.00", DUE);
        travelTo(DUE.plusDays(1), 9);

        assertThat(callTasksOf(first)).hasSize(1);
        assertThat(callTasksOf(second)).hasSize(1);
        assertThat(listed(callTasksOf(first).get(0))).contains(a).doesNotContain(b);
        call(a, Map.of("callOutcome", "REFUSED", "callNotes", "Will not pay"));
        assertThat(passedInCall(pa, CallStage.DAY1)).contains(InvoiceCallProcess.END_PAYMENT_REFUSED);
        callAt(pb, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertThat(callTasksOf(second)).hasSize(1);
    }

    @Test
    void unansweredCallsOfferTheNextContact() throws Exception {
        String a = newNumber();
        registerWithOffice(a, "Reception");
        travelTo(DUE.plusDays(1), 9);
        assertThat((String) tasks.getVariableLocal(callTask(a).getId(), "contactToCall")).startsWith("main contact");

        call(a, Map.of("callOutcome", "NO_ANSWER"));
        Job next = management.createJobQuery().processInstanceId(contactCaseOf(a).getId())
                .activityId(CustomerContactProcess.EVENT_NEXT_CONTACT_DAY).singleResult();
        travelTo(next.getDuedate().toInstant().atZone(ZONE));
        assertThat((String) tasks.getVariableLocal(callTask(a).getId(), "contactToCall"))
                .isEqualTo("office: Reception, +31 20 111 0000");
        assertThat(tasks.getVariableLocal(callTask(a).getId(), "contactPhone")).isEqualTo("+31 20 111 0000");
    }

    /**
     * The call and case forms render these texts as Markdown: a contact's name or a call's notes, typed by whoever
     * registered the invoice or made the call, show as typed in the next agent's or manager's Tasklist.
     */
    @Test
    void markupTypedIntoAContactOrACallsNotesShowsAsTypedInTheBriefings() throws Exception {
        String a = newNumber();
        registerWithOffice(a, "Reception [Pay here](https://evil.example/pay)");
        travelTo(DUE.plusDays(1), 9);
        // the main contact is the one to call now: the others are the office alone
        assertThat((String) tasks.getVariableLocal(callTask(a).getId(), "otherContacts")).isEqualTo(
                "office\\: Reception \\[Pay here\\]\\(https\\:\\/\\/evil\\.example\\/pay\\)\\, \\+31 20 111 0000");

        call(a, Map.of("callOutcome", "NO_ANSWER", "callNotes", "![seen](https://evil.example/t.png)\n**Amount:** 0"));
        Job next = management.createJobQuery().processInstanceId(contactCaseOf(a).getId())
                .activityId(CustomerContactProcess.EVENT_NEXT_CONTACT_DAY).singleResult();
        travelTo(next.getDuedate().toInstant().atZone(ZONE));
        assertThat((String) tasks.getVariableLocal(callTask(a).getId(), "callHistory"))
                .contains("NO_ANSWER – \\!\\[seen\\]\\(https\\:\\/\\/evil\\.example\\/t\\.png\\) \\*\\*Amount\\:\\*\\* 0")
                .doesNotContain("](", "\n**");
        // the contact to call is one line of its own; its form escapes it (FormTextsTest), Tasklist's list shows it
        assertThat((String) tasks.getVariableLocal(callTask(a).getId(), "contactToCall"))
                .isEqualTo("office: Reception [Pay here](https://evil.example/pay), +31 20 111 0000");

        call(a, Map.of("callOutcome", "DISPUTED", "callNotes", "Disputes it <img src=https://evil.example/x.png>"));
        Task resolve = tasks.createTaskQuery().processInstanceBusinessKey(a)
                .taskDefinitionKey(CollectionProcess.TASK_RESOLVE_DISPUTE).singleResult();
        assertThat((String) tasks.getVariableLocal(resolve.getId(), "callHistory"))
                .contains("DISPUTED – Disputes it \\<img src\\=https\\:\\/\\/evil\\.example\\/x\\.png\\>")
                .doesNotContain("](").doesNotContainPattern("(?<!\\\\)<img");
    }

    @Test
    void theNextAttemptsFormOpensWithoutTheLastAttemptsAnswers() throws Exception {
        String a = newNumber();
        register(invoiceOf(newCustomerNumber(), a, "100.00", DUE, false, "en", "BUSINESS"));
        travelTo(DUE.plusDays(1), 9);

        call(a, Map.of("callOutcome", "NO_ANSWER", "callNotes", "Voicemail full", "promisedInvoices", ""));
        assertThat(runtime.getVariables(contactCaseOf(a).getId()))
                .doesNotContainKeys(CustomerContactProcess.CALL_FORM_ANSWERS.toArray(String[]::new));
        Job next = management.createJobQuery().processInstanceId(contactCaseOf(a).getId())
                .activityId(CustomerContactProcess.EVENT_NEXT_CONTACT_DAY).singleResult();
        travelTo(next.getDuedate().toInstant().atZone(ZONE));

        Map<String, Object> form = tasks.getVariables(callTask(a).getId());
        assertThat(form).doesNotContainKeys(CustomerContactProcess.CALL_FORM_ANSWERS.toArray(String[]::new))
                .containsEntry("callOutcome", null).containsKey("contactToCall");
    }

    @Test
    void aPaidInvoiceLeavesTheCallTaskAndTheLastOneEndsTheConversation() throws Exception {
        String customer = newCustomerNumber();
        String a = newNumber();
        String b = newNumber();
        registerFor(customer, a, "100.00", DUE);
        registerFor(customer, b, "200.00", DUE);
        travelTo(DUE.plusDays(1), 9);

        pay(a, "100.00", "BANK-" + a);
        runDueJobs();
        assertThat(listed(callTasksOf(customer).get(0))).contains(b).doesNotContain(a);
        ProcessInstance contact = contactCaseOf(b);

        pay(b, "200.00", "BANK-" + b);
        runDueJobs();
        assertThat(callTasksOf(customer)).isEmpty();
        assertThat(contact).hasPassed(CustomerContactProcess.EVENT_NO_CALL_NEEDED).isEnded();
        assertThat(dossierText(b)).contains("Call request withdrawn");
    }

    @Test
    void anOutcomeForAnInvoicePaidMeanwhileGoesIntoItsDossierNotAnIncident() throws Exception {
        String customer = newCustomerNumber();
        String a = newNumber();
        String b = newNumber();
        ProcessInstance pa = registerFor(customer, a, "100.00", DUE);
        ProcessInstance pb = registerFor(customer, b, "200.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        ProcessInstance contact = contactCaseOf(a);

        complete(a, CALL_TASK, Map.of("callOutcome", "REFUSED", "callNotes", "Not now"));
        pay(a, "100.00", "BANK-" + a);
        runDueJobs();

        assertThat(pa).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(passedInCall(pb, CallStage.DAY1)).contains(InvoiceCallProcess.END_PAYMENT_REFUSED);
        assertThat(dossierText(a)).contains("Call outcome REFUSED not applied: the case no longer waited");
        assertThat(contact).isEnded();
        assertThat(runtime.createIncidentQuery().processInstanceId(contact.getId()).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(contact.getId()).count()).isZero();
    }

    @Test
    void twoInvoicesAskingAtTheSameMomentMakeOneContactCase() throws Exception {
        for (int round = 0; round < 3; round++) {
            String customer = newCustomerNumber();
            String a = newNumber();
            String b = newNumber();
            registerFor(customer, a, "100.00", DUE);
            registerFor(customer, b, "200.00", DUE);
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                    DUE.plusDays(1).atTime(9, 0).atZone(ZONE).toInstant()));
            // bring both cases to the step that asks for the call, then run both steps at once
            runJobsUntilRequest(a);
            runJobsUntilRequest(b);
            List<Job> requests = new ArrayList<>();
            requests.addAll(management.createJobQuery().processInstanceId(caseOf(a).getId()).executable().list());
            requests.addAll(management.createJobQuery().processInstanceId(caseOf(b).getId()).executable().list());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (Job job : requests) {
                running.add(pool.submit(() -> {
                    go.await();
                    // the customer's row decides: neither step fails, the second waits and joins
                    management.executeJob(job.getId());
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : running) {
                f.get();
            }
            pool.shutdown();
            runDueJobs();
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CustomerContactProcess.KEY)
                    .processInstanceBusinessKey(customer).count()).isEqualTo(1);
            assertThat(callTasksOf(customer)).hasSize(1);
            assertThat(listed(callTasksOf(customer).get(0))).contains(a, b);
            resetClock();
        }
    }

    private void resetClock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(START.toInstant()));
    }

    /** Runs the case's jobs until the one before its call request is next (the overdue reminder's send). */
    private void runJobsUntilRequest(String number) {
        for (int i = 0; i < 10; i++) {
            List<Job> due = management.createJobQuery().processInstanceId(caseOf(number).getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            Job job = due.get(0);
            String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            if (activity.equals(CollectionProcess.TASK_SEND_OVERDUE_REMINDER)) {
                return;
            }
            management.executeJob(job.getId());
        }
    }
}
