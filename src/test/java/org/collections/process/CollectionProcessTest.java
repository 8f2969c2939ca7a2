package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.collections.invoice.InvoiceEvents;
import org.collections.CaseTestSupport;
import org.collections.process.CollectionProcess.CallStage;
import org.collections.letters.LetterType;
import org.collections.letters.OutboxMessage;
import org.collections.letters.OutboxStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The journey of one case through CollectionProcess, driven by the engine clock and the API. */
class CollectionProcessTest extends CaseTestSupport {

    @Autowired
    private OpenCaseRefresh refresh;

    @Autowired
    private CaseSearchVariables search;

    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

    @Test
    void paidBeforeDueGetsOnlyThePreDueReminder() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        assertThat(pi).isWaitingAt(CollectionProcess.EVENT_PRE_DUE_REMINDER_DUE);

        travelTo(DUE.minusDays(7), 9);
        assertThat(letterTypes(number)).containsExactly("PRE_DUE_REMINDER/EMAIL");
        assertThat(messages(number).get(0).getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(pi).isWaitingAt(CollectionProcess.EVENT_DAY1_REACHED);

        assertThat(pay(number, "1000.00", "BANK-" + number).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();

        assertThat(pi).isEnded().hasPassed(CollectionProcess.TASK_SEND_PAYMENT_RECEIPT, CollectionProcess.END_INVOICE_PAID);
        assertThat(letterTypes(number)).containsExactly("PRE_DUE_REMINDER/EMAIL", "PAYMENT_RECEIPT/EMAIL");
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("PAID");
    }

    @Test
    void dayOneSendsTheOverdueReminderAndAsksAnAgentToCall() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);

        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertThat(contactCaseOf(number)).task().hasCandidateGroup("collection-agents");
        assertThat(letterTypes(number)).containsExactly("PRE_DUE_REMINDER/EMAIL", "OVERDUE_REMINDER/EMAIL");
        assertThat(tasks.getVariableLocal(callTask(number).getId(), "totalOwed")).isEqualTo("EUR 1000.00");

        pay(number, "1000.00", "BANK-" + number);
        runDueJobs();
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(openTasks(number)).isEmpty();
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void lateRegistrationStartsAtTheStageMatchingTheAge() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(invoice(number, "1000.00", START.toLocalDate().minusDays(45), true, "en"));
        runDueJobs();

        assertThat(letterTypes(number)).containsExactlyInAnyOrder("LATE_NOTICE/EMAIL", "LATE_NOTICE/POST",
                "STOP_WORK/INTERNAL");
        callAt(pi, CallStage.DAY30).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertThat(invoiceView(number).get("fees").decimalValue()).isEqualByComparingTo("30.00");
    }

    @Test
    void aKeptPromiseEndsTheCaseWithoutFurtherLetters() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "PROMISED_TO_PAY",
                "promisedDate", DUE.plusDays(5).toString(), "callNotes", "Pays on Monday"));
        runDueJobs();
        assertThat(pi).isWaitingAt(CollectionProcess.GATEWAY_ON_HOLD);
        assertThat(letterTypes(number)).contains("PROMISE_CONFIRMATION/EMAIL");

        travelTo(DUE.plusDays(5), 12);
        pay(number, "1000.00", "BANK-" + number);
        runDueJobs();
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(invoiceView(number).get("dossier").toString()).contains("promised to pay by " + DUE.plusDays(5));
    }

    /** Opens the call work of a stage: day 1, or day 30 with the day-1 call left unanswered. */
    private ProcessInstance atCall(String number, CollectionProcess.CallStage stage) throws Exception {
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(day(stage)), 9);
        callAt(pi, stage).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        return pi;
    }

    private static int day(CollectionProcess.CallStage stage) {
        return stage == CallStage.DAY1 ? 1 : 30;
    }

    private static String nextStage(CollectionProcess.CallStage stage) {
        return stage == CallStage.DAY1 ? CollectionProcess.EVENT_DAY30_REACHED
                : CollectionProcess.EVENT_DAY60_REACHED;
    }

    @Test
    void anInvoiceRegisteredAfterDaySixtyStillGetsItsFirstCall() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(invoice(number, "800.00", START.toLocalDate().minusDays(70)));
        runDueJobs();
        assertThat(letterTypes(number)).contains("FINAL_DEMAND/EMAIL").doesNotContain("OVERDUE_REMINDER/EMAIL");
        assertThat(pi).isWaitingAt(CollectionProcess.CALL_ACTIVITY_DAY60_CALL);
        assertThat(callTask(number)).isNotNull();

        call(number, Map.of("callOutcome", "REFUSED", "callNotes", "Not paying"));
        assertThat(pi).isWaitingAt(CollectionProcess.EVENT_FINAL_DEMAND_DEADLINE_PASSED);
        travelToStage(pi, CaseVariables.FINAL_DEMAND_DEADLINE_AT);
        assertThat(task(number, CollectionProcess.TASK_DECIDE_ROUTE)).isNotNull();
    }

    @Test
    void anInvoiceCalledAtDaysOneAndThirtyIsNotCalledAgainAfterTheFinalDemand() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(invoice(number, "800.00", START.toLocalDate().minusDays(45)));
        runDueJobs();
        call(number, Map.of("callOutcome", "REFUSED", "callNotes", "Not paying"));
        travelToStage(pi, CaseVariables.DAY60_AT);
        assertThat(letterTypes(number)).contains("FINAL_DEMAND/EMAIL");
        assertThat(pi).isWaitingAt(CollectionProcess.EVENT_FINAL_DEMAND_DEADLINE_PASSED);
        assertThat(openTasks(number)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CollectionProcess.CallStage.class)
    void aBrokenPromiseIsRecordedAndTheLadderGoesOn(CollectionProcess.CallStage stage) throws Exception {
        String number = newNumber();
        ProcessInstance pi = atCall(number, stage);
        LocalDate promised = DUE.plusDays(day(stage) + 5L);
        call(number, Map.of("callOutcome", "PROMISED_TO_PAY",
                "promisedDate", promised.toString()));
        runDueJobs();
        assertThat(letterTypes(number)).contains("PROMISE_CONFIRMATION/EMAIL");
        travelTo(promised.plusDays(3), 9);

        assertThat(passedInCall(pi, stage)).contains(InvoiceCallProcess.END_PROMISE_TO_PAY);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_HOLD_ENDS, CollectionProcess.TASK_RESUME_LADDER);
        assertThat(pi).isWaitingAt(nextStage(stage));
        assertThat(dossierText(number)).contains("BROKEN_PROMISE", "Promise to pay by " + promised + " broken");

        // the ladder goes on: the next stage still happens
        travelToStage(pi, stage == CallStage.DAY1 ? CaseVariables.DAY30_AT : CaseVariables.DAY60_AT);
        assertThat(letterTypes(number)).contains(stage == CallStage.DAY1 ? "LATE_NOTICE/EMAIL"
                : "FINAL_DEMAND/EMAIL");
    }

    @ParameterizedTest
    @EnumSource(CollectionProcess.CallStage.class)
    void anUnreachableCustomerIsCalledOnContactDaysThenSentTheInvoiceByEmailAndPost(CollectionProcess.CallStage stage)
            throws Exception {
        String number = newNumber();
        ProcessInstance pi = atCall(number, stage);
        ProcessInstance contact = contactCaseOf(number);
        for (int attempt = 1; attempt <= 3; attempt++) {
            call(number, Map.of("callOutcome", "NO_ANSWER"));
            if (attempt < 3) {
                callAt(pi, stage).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
                assertThat(contact).isWaitingAt(CustomerContactProcess.EVENT_NEXT_CONTACT_DAY);
                ZonedDateTime next = management.createJobQuery().processInstanceId(contact.getId())
                        .activityId(CustomerContactProcess.EVENT_NEXT_CONTACT_DAY).singleResult().getDuedate()
                        .toInstant().atZone(ZONE);
                assertThat(next.getHour()).isEqualTo(9);
                assertThat(next.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                travelTo(next);
            }
        }
        assertThat(passedInCall(pi, stage)).contains(InvoiceCallProcess.TASK_RESEND_INVOICE);
        callAt(pi, stage).isWaitingAt(InvoiceCallProcess.EVENT_WEEK_PASSED);
        assertThat(contact).hasPassed(CustomerContactProcess.TASK_REPORT_UNREACHABLE).isEnded();
        assertThat(openTasks(number)).isEmpty();
        assertThat(letterTypes(number)).contains("INVOICE_COPY/EMAIL", "INVOICE_COPY/POST");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(contact.getId())
                .taskDefinitionKey(CALL_TASK).count()).isEqualTo(3);

        // not silence until the next stage: a week later one more call, and the invoice once more if no one answers
        ProcessInstance call = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        ZonedDateTime weekLater = management.createJobQuery().processInstanceId(call.getId())
                .activityId(InvoiceCallProcess.EVENT_WEEK_PASSED).singleResult().getDuedate().toInstant().atZone(ZONE);
        assertThat(weekLater.getHour()).isEqualTo(9);
        assertThat(weekLater.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(weekLater.toLocalDate()).isAfterOrEqualTo(today().plusDays(7));
        travelTo(weekLater);
        call(number, Map.of("callOutcome", "NO_ANSWER"));
        callAt(pi, stage).isWaitingAt(InvoiceCallProcess.EVENT_WEEK_PASSED);
        assertThat(openTasks(number)).isEmpty();
        assertThat(letterTypes(number).stream().filter("INVOICE_COPY/EMAIL"::equals)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(CollectionProcess.CallStage.class)
    void aRefusalIsRecordedAndTheLadderGoesOn(CollectionProcess.CallStage stage) throws Exception {
        String number = newNumber();
        ProcessInstance pi = atCall(number, stage);
        call(number, Map.of("callOutcome", "REFUSED", "callNotes", "Will not pay"));
        assertThat(passedInCall(pi, stage)).contains(InvoiceCallProcess.END_PAYMENT_REFUSED);
        assertThat(pi).isWaitingAt(nextStage(stage));
        assertThat(dossierText(number)).contains("customer refuses to pay. Notes: Will not pay");
    }

    @ParameterizedTest
    @EnumSource(CollectionProcess.CallStage.class)
    void aRequestForAPaymentPlanLeavesTheLadder(CollectionProcess.CallStage stage) throws Exception {
        String number = newNumber();
        ProcessInstance pi = atCall(number, stage);
        call(number, Map.of("callOutcome", "PAYMENT_PLAN"));
        assertThat(pi).hasPassed(CollectionProcess.TASK_ASK_FOR_PAYMENT_PLAN)
                .isWaitingAt(CollectionProcess.GATEWAY_IN_PAYMENT_PLAN);
        assertThat(task(number, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN)).isNotNull();
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
    }

    @Test
    void dayThirtyChargesTheLateFeeSendsTheNoticeStopsWorkAndCallsAgainThenDaySixtyDemands() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(invoice(number, "1000.00", DUE, true, "nl"));
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "REFUSED"));
        travelTo(DUE.plusDays(30), 9);

        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("1030.00");
        assertThat(letterTypes(number)).contains("LATE_NOTICE/EMAIL", "LATE_NOTICE/POST", "STOP_WORK/INTERNAL");
        callAt(pi, CallStage.DAY30).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        // a Dutch consumer: the 30-day notice is the 14-day letter, with its term and the costs owed after it
        LocalDate term = DUE.plusDays(30 + 2 + 14);
        OutboxMessage notice = messages(number).stream().filter(m -> m.getLetterType() == LetterType.LATE_NOTICE)
                .findFirst().orElseThrow();
        assertThat(notice.getSubject()).isEqualTo("Factuur " + number + ": laatste herinnering voordat incassokosten volgen");
        assertThat(notice.getBodyText()).contains("€\u00a01.030,00", "binnen veertien dagen",
                "dag na ontvangst van deze brief", "incassokosten verschuldigd van €\u00a0150,00",
                "Besluit vergoeding voor buitengerechtelijke incassokosten",
                "kosten wegens late betaling van €\u00a030,00");
        assertThat(invoiceView(number).at("/claim/fourteenDayLetterDeadline").asText()).isEqualTo(term.toString());

        // day 60 is a Saturday: the final demand goes out on Monday
        travelToStage(pi, CaseVariables.DAY60_AT);
        assertThat(openTasks(number)).isEmpty();
        assertThat(letterTypes(number)).contains("FINAL_DEMAND/EMAIL", "FINAL_DEMAND/POST");
        assertThat(pi).isWaitingAt(CollectionProcess.EVENT_FINAL_DEMAND_DEADLINE_PASSED);
        // unpaid after the 14-day term: from the final demand on the claim has the WIK costs and wettelijke rente
        JsonNode view = invoiceView(number);
        assertThat(view.get("fees").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(view.get("costs").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(view.get("interest").decimalValue()).isPositive();
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo(new BigDecimal("1210.00")
                .add(view.get("interest").decimalValue()));
        OutboxMessage demand = messages(number).stream().filter(m -> m.getLetterType() == LetterType.FINAL_DEMAND)
                .findFirst().orElseThrow();
        assertThat(demand.getBodyText()).contains("Factuurbedrag: €\u00a01.000,00", "Incassokosten: €\u00a0150,00",
                "Rente tot vandaag: " + dutch(view.get("interest").decimalValue()), "wettelijke rente",
                "Openstaand saldo: " + dutch(view.get("balance").decimalValue()));

        travelToStage(pi, CaseVariables.FINAL_DEMAND_DEADLINE_AT);
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_DECIDE_ROUTE);
        assertThat(pi).task().hasCandidateGroup("collection-managers");
    }

    @Test
    void theRouteFormPreselectsTheRecommendationAndTheManagerMayTakeTheOther() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atRouteDecision(number, "1000.00", "BUSINESS", 61);
        org.camunda.bpm.engine.task.Task decide = task(number, CollectionProcess.TASK_DECIDE_ROUTE);
        Object recommended = runtime.getVariable(pi.getId(), "recommendedRoute");
        assertThat(recommended).isIn("PAYMENT_PLAN", "LEGAL_ROUTE");
        // Tasklist fills the form's field "route" from the variable of that name visible to the task
        assertThat(tasks.getVariables(decide.getId())).containsEntry("route", recommended);
        // every task card shows the customer, what is owed and how late
        assertThat(tasks.getVariables(decide.getId())).containsKeys("customerName", "totalOwed", "daysOverdue");
        String owed = (String) tasks.getVariableLocal(decide.getId(), "amountOwed");
        assertThat(pay(number, "100.00", "BANK-" + number).getResponse().getStatus()).isEqualTo(201);
        assertThat(tasks.getVariableLocal(decide.getId(), "amountOwed")).isNotEqualTo(owed);
        assertThat(tasks.getVariableLocal(decide.getId(), "totalOwed"))
                .isEqualTo(tasks.getVariableLocal(decide.getId(), "amountOwed"));

        String other = "PAYMENT_PLAN".equals(recommended) ? "LEGAL_ROUTE" : "PAYMENT_PLAN";
        // as Tasklist submits a Camunda Form
        engine.getFormService().submitTaskForm(decide.getId(), Map.of("route", other));
        assertThat(runtime.getVariable(pi.getId(), "route")).isEqualTo(other);
        assertThat(pi).hasPassed(CollectionProcess.TASK_DECIDE_ROUTE);
        assertThat(dossierText(number)).contains("Route decided: " + other + " (recommended was " + recommended + ")");
    }

    @Test
    void aRouteConfirmedAsPreselectedFollowsTheRecommendation() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atRouteDecision(number, "1000.00", "BUSINESS", 61);
        Object recommended = runtime.getVariable(pi.getId(), "recommendedRoute");
        // the preselected value unchanged, completed over the REST API
        complete(number, CollectionProcess.TASK_DECIDE_ROUTE, Map.of("route", recommended));
        assertThat(runtime.getVariable(pi.getId(), "route")).isEqualTo(recommended);
        assertThat(dossierText(number)).contains("Route decided: " + recommended + " (as recommended)");
    }

    @Test
    void theNextStageInterruptsUnfinishedCallWork() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);

        travelTo(DUE.plusDays(30), 9);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_DAY30_REACHED_DURING_CALLS);
        callAt(pi, CallStage.DAY30).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertThat(openTasks(number)).hasSize(1);
    }

    @Test
    void aCustomerSixtyDaysLateGetsTheFinalDemandOnlyAndACall() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", START.toLocalDate().minusDays(70));
        runDueJobs();
        assertThat(letterTypes(number)).containsExactlyInAnyOrder("FINAL_DEMAND/EMAIL", "FINAL_DEMAND/POST");
        assertThat(pi).isWaitingAt(CollectionProcess.CALL_ACTIVITY_DAY60_CALL);
    }

    @Test
    void aDisputeHoldsLettersThenACreditNoteLowersTheBalanceAndTheLadderResumesAtTheMatchingStage()
            throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "DISPUTED",
                "callNotes", "Says the last delivery was incomplete"));
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(invoiceView(number).get("stage").asText()).isEqualTo("DISPUTE");
        int lettersBefore = messages(number).size();

        travelTo(DUE.plusDays(45), 9);
        assertThat(messages(number)).hasSize(lettersBefore);
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);

        complete(number, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of("disputeResolution", "CREDIT_NOTE",
                "creditAmount", 200, "disputeNotes", "One item missing"));
        runDueJobs();
        assertThat(invoiceView(number).get("credited").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(letterTypes(number)).contains("DISPUTE_RESOLVED/EMAIL", "LATE_NOTICE/EMAIL");
        assertThat(letterTypes(number).stream().filter(t -> t.startsWith("LATE_NOTICE/EMAIL"))).hasSize(1);
        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("830.00");
        callAt(pi, CallStage.DAY30).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
    }

    @Test
    void aCreditNoteAgreedInTheDisputeLeavesTheRefreshNothingToWriteWhileTheOutcomesStepRuns() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "DISPUTED", "callNotes", "Says the last delivery was incomplete"));
        complete(number, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of("disputeResolution", "CREDIT_NOTE",
                "creditAmount", 200, "disputeNotes", "One item missing"));
        // the outcome's step waits for the job executor, which in the app runs it beside the refresh below
        assertThat(management.createJobQuery().processInstanceId(pi.getId())
                .activityId(CollectionProcess.TASK_SEND_DISPUTE_OUTCOME).count()).isOne();
        assertThat(runtime.getVariable(pi.getId(), CaseVariables.BALANCE.name())).isEqualTo(800.0);
        Map<String, Integer> written = searchVariableRevisions(pi);

        refresh.balanceChanged(new InvoiceEvents.BalanceChanged(invoiceId(number), number,
                invoiceView(number).get("customer").get("number").asText()));
        assertThat(searchVariableRevisions(pi)).as("the refresh after the booking").isEqualTo(written);
        runDueJobs();
        assertThat(letterTypes(number)).contains("DISPUTE_RESOLVED/EMAIL");
        assertThat(searchVariableRevisions(pi)).as("the return to the ladder").isEqualTo(written);
    }

    private Map<String, Integer> searchVariableRevisions(ProcessInstance pi) {
        return runtime.createVariableInstanceQuery().processInstanceIdIn(pi.getId())
                .variableNameIn(search.names().toArray(String[]::new)).list().stream()
                .collect(java.util.stream.Collectors.toMap(VariableInstance::getName,
                        v -> ((VariableInstanceEntity) v).getRevision()));
    }

    @Test
    void anUpheldDisputeResumesCollection() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "DISPUTED",
                "callNotes", "Disagrees with the hourly rate"));
        complete(number, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of("disputeResolution", "UPHELD"));
        runDueJobs();
        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertThat(letterTypes(number)).contains("DISPUTE_RESOLVED/EMAIL");
        assertThat(letterTypes(number).stream().filter("OVERDUE_REMINDER/EMAIL"::equals)).hasSize(1);
    }

    @Test
    void aCreditNoteOverTheWholeBalanceSettlesTheInvoice() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(30), 9);
        call(number, Map.of("callOutcome", "DISPUTED",
                "callNotes", "Work never delivered"));
        complete(number, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of("disputeResolution", "CREDIT_NOTE",
                "creditAmount", 1030.00));
        runDueJobs();
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_CREDITED);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("CREDITED");
    }

    @Test
    void cancellingADisputedInvoiceEndsTheCaseCancelled() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "DISPUTED",
                "callNotes", "Ordered by mistake"));
        assertThat(pay(number, "250.00", "PART-" + number).getResponse().getStatus()).isEqualTo(201);
        complete(number, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of("disputeResolution", "CANCEL_INVOICE"));
        runDueJobs();
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_CANCELLED);
        JsonNode view = invoiceView(number);
        assertThat(view.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(letterTypes(number)).contains("INVOICE_CANCELLED/EMAIL");
        assertThat(messages(number).stream().filter(m -> m.getLetterType()
                == org.collections.letters.LetterType.INVOICE_CANCELLED).findFirst().orElseThrow().getBodyText())
                .as("the customer learns where the money went").contains("You do not need to pay it. The €250.00 "
                        + "you paid on it stays with us as credit on your account");
        // nothing is owed, and what was paid on it is the customer's credit, for a manager to refund or keep
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(dossierText(number)).contains("Invoice cancelled after dispute; nothing is owed for it: the EUR "
                + "250.00 paid on it goes to the customer's account as credit");
        assertThat(getJson("/api/customers/" + view.get("customer").get("number").asText()).get("credit").get(0)
                .get("amount").decimalValue()).isEqualByComparingTo("250.00");
    }

    @Test
    void badFormValuesAreRejectedAndTheTaskStaysOpen() throws Exception {
        String number = newNumber();
        register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        String taskId = callTask(number).getId();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(taskId,
                        Map.of("callOutcome", "PROMISED_TO_PAY", "promisedDate", DUE.minusDays(1).toString())))
                .hasMessageContaining("promisedDate must not be in the past");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(taskId, Map.of("callOutcome", "MAYBE")))
                .hasMessageContaining("callOutcome must be one of");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(taskId, Map.of("callOutcome", "DISPUTED")))
                .hasMessageContaining("callNotes");
        assertThat(callTask(number).getId()).isEqualTo(taskId);
        assertThat(dossierText(number)).doesNotContain("Call (DAY_1");
    }

    @Test
    void aPromiseBeyondThePolicysLimitIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        String taskId = callTask(number).getId();
        String dossierBefore = dossierText(number);

        // calls.max-promise-ahead is P30D: a promise 31 days ahead is refused, one 30 days ahead is taken
        LocalDate today = DUE.plusDays(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(taskId, Map.of(
                        "callOutcome", "PROMISED_TO_PAY", "promisedDate", today.plusDays(31).toString())))
                .hasMessageContaining("promisedDate must be within 30 days of today (policy)");
        assertThat(callTask(number).getId()).as("the task stays open").isEqualTo(taskId);
        assertThat(dossierText(number)).isEqualTo(dossierBefore);
        assertThat(invoiceView(number).get("hold").isNull()).isTrue();
        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);

        tasks.complete(taskId, Map.of("callOutcome", "PROMISED_TO_PAY", "promisedDate", today.plusDays(30).toString()));
        runDueJobs();
        assertThat(pi).isWaitingAt(CollectionProcess.GATEWAY_ON_HOLD);
    }

    @Test
    void anInvoiceEnteredInTasklistIsRegisteredLikeOneFromTheApi() throws Exception {
        String number = newNumber();
        Map<String, Object> form = new java.util.HashMap<>(Map.of("number", number, "amount", 250.5, "currency", "EUR",
                "issueDate", "2026-02-01", "dueDate", DUE.toString(), "ongoingWork", false,
                "customerName", "Piet Klant", "customerEmail", "piet@example.nl", "customerPhone", "+31 6 9876 5432",
                "customerAddress", "Markt 1, Utrecht"));
        form.putAll(Map.of("customerType", "CONSUMER", "customerLocale", "nl", "customerTimeZone", "Europe/Amsterdam",
                "customerCountry", "NL", "lateFeeAllowed", false));
        ProcessInstance pi = runtime.startProcessInstanceByKey(CollectionProcess.KEY, form);

        assertThat(pi).hasBusinessKey(number).isWaitingAt(CollectionProcess.EVENT_PRE_DUE_REMINDER_DUE);
        assertThat(invoiceView(number).get("amount").decimalValue()).isEqualByComparingTo("250.50");
        assertThat(invoiceView(number).get("lateFeeAllowed").asBoolean()).isFalse();
        // the raw contact data is gone; the name comes back from the invoice, for searching the case in Cockpit
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("customerEmail", "customerPhone",
                "customerAddress").containsEntry("customerName", "Piet Klant");

        form.put("number", newNumber());
        form.put("dueDate", "2026-01-01");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CollectionProcess.KEY, form))
                .hasMessageContaining("dueDate");
        assertThat(getJson("/api/invoices/" + form.get("number")).get("status").asInt()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ changes from the invoicing system

    private org.springframework.test.web.servlet.MvcResult creditNote(String number, String amount, String reference)
            throws Exception {
        return postJson("/api/invoices/" + number + "/credit-notes", Map.of("amount", amount, "reference", reference));
    }

    private void moveDueDate(String number, LocalDate dueDate) throws Exception {
        int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/invoices/" + number + "/due-date")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(SYSTEM, PASSWORD))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("dueDate", dueDate.toString())))).andReturn().getResponse()
                .getStatus();
        assertThat(status).isEqualTo(200);
    }

    /** An invoice with ongoing work in its day-30 call: the customer owes the late fee too, and work is stopped. */
    private ProcessInstance atDay30CallWithWorkStopped(String number, String locale) throws Exception {
        ProcessInstance pi = register(invoice(number, "1000.00", DUE, true, locale));
        travelTo(DUE.plusDays(30), 9);
        callAt(pi, CallStage.DAY30).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
        assertThat(letterTypes(number)).contains("STOP_WORK/INTERNAL");
        assertThat(openTasks(number)).isNotEmpty();
        return pi;
    }

    /** Nothing of the ended case is left to do, and its dunning stays over. */
    private void assertNothingLeft(ProcessInstance pi, String number) throws Exception {
        assertThat(openTasks(number)).as("the customer's call no longer waits for this invoice").isEmpty();
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(letterTypes(number)).contains("RESUME_WORK/INTERNAL");
        travelTo(DUE.plusDays(61), 9);
        assertThat(letterTypes(number)).doesNotContain("FINAL_DEMAND/EMAIL");
    }

    @Test
    void aCreditNoteThatSettlesTheInvoiceEndsTheCaseAsCreditedAndLetsWorkResume() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atDay30CallWithWorkStopped(number, "en");

        // the late fee is owed too: the credit note settles what is left, fee included
        org.springframework.test.web.servlet.MvcResult credited = creditNote(number, "1030.00", "CN-" + number);
        assertThat(credited.getResponse().getStatus()).isEqualTo(201);
        assertThat(json.readTree(credited.getResponse().getContentAsString()).get("invoiceStatus").asText())
                .isEqualTo("CREDITED");
        runDueJobs();

        assertThat(pi).isEnded().hasPassed(CollectionProcess.TASK_RESUME_WORK_AFTER_CREDIT_NOTE,
                CollectionProcess.END_CREDITED_BY_CREDIT_NOTE).hasNotPassed(CollectionProcess.END_INVOICE_CREDITED);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("CREDITED");
        assertNothingLeft(pi, number);
    }

    @Test
    void aPartialCreditNoteLowersWhatLaterLettersAndCallsSay() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atCall(number, CallStage.DAY1);

        assertThat(creditNote(number, "400.00", "CN-" + number).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        assertThat(pi).isNotEnded();
        assertThat(tasks.getVariableLocal(callTask(number).getId(), "totalOwed")).isEqualTo("EUR 600.00");

        call(number, Map.of("callOutcome", "NO_ANSWER"));
        travelTo(DUE.plusDays(30), 9);
        // 600 left and the late fee of 30, not the 1,030 the invoice would have come to
        assertThat(messages(number).stream()
                .filter(m -> m.getLetterType() == org.collections.letters.LetterType.LATE_NOTICE)
                .map(org.collections.letters.OutboxMessage::getBodyText))
                .isNotEmpty().allSatisfy(text -> assertThat(text).contains("€630.00").doesNotContain("1,030.00"));
    }

    @Test
    void aCancelledInvoiceEndsTheCaseWithANoticeAndWithdrawsItsCallsAndTimers() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atDay30CallWithWorkStopped(number, "nl");

        assertThat(postJson("/api/invoices/" + number + "/cancellation", Map.of("reason", "Ordered twice"))
                .getResponse().getStatus()).isEqualTo(200);
        runDueJobs();

        assertThat(pi).isEnded().hasPassed(CollectionProcess.TASK_SEND_CANCELLATION_NOTICE,
                CollectionProcess.TASK_RESUME_WORK_AFTER_INVOICE_CANCELLED, CollectionProcess.END_CANCELLED_IN_INVOICING);
        assertThat(letterTypes(number)).contains("INVOICE_CANCELLED/EMAIL");
        assertThat(messages(number).stream().filter(m -> m.getLetterType()
                == org.collections.letters.LetterType.INVOICE_CANCELLED).findFirst().orElseThrow().getBodyText())
                .contains("Wij hebben factuur " + number).doesNotContain("klacht").doesNotContain("tegoed");
        assertThat(dossierText(number)).contains("Invoice cancelled in the invoicing system: Ordered twice");
        assertNothingLeft(pi, number);
    }

    @Test
    void aLaterDueDateTakesTheCaseBackToTheStartOfTheLadder() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atCall(number, CallStage.DAY1);

        LocalDate newDue = DUE.plusDays(21);
        moveDueDate(number, newDue);
        runDueJobs();

        assertThat(pi).hasPassed(CollectionProcess.EVENT_DUE_DATE_CHANGED)
                .isWaitingAt(CollectionProcess.EVENT_PRE_DUE_REMINDER_DUE);
        assertThat(openTasks(number)).as("the call of the old schedule is withdrawn").isEmpty();
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getDuedate()
                .toInstant()).isEqualTo(newDue.minusDays(7).atTime(9, 0).atZone(ZONE).toInstant());
        assertThat(invoiceView(number).get("stage").asText()).isEqualTo("PRE_DUE");
        assertThat(dossierText(number)).contains("Due date moved from " + DUE + " to " + newDue,
                "Collection planned from due date " + newDue);
        // what was sent under the old schedule stays on record
        assertThat(letterTypes(number)).contains("OVERDUE_REMINDER/EMAIL");

        travelTo(newDue.plusDays(1), 9);
        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
    }

    @Test
    void aNewDueDateAtTheRouteDecisionTakesTheCaseBackToTheLadder() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atRouteDecision(number, "1000.00", "CONSUMER", 62);
        LocalDate newDue = today().plusDays(3);

        moveDueDate(number, newDue);
        runDueJobs();

        assertThat(pi).hasPassed(CollectionProcess.EVENT_DUE_DATE_CHANGED_AT_ROUTE_DECISION)
                .isWaitingAt(CollectionProcess.EVENT_DAY1_REACHED);
        assertThat(openTasks(number)).as("the manager's decision is no longer asked for").isEmpty();
        assertThat(invoiceView(number).get("stage").asText()).isEqualTo("PRE_DUE");
        travelTo(newDue.plusDays(1), 9);
        callAt(pi, CallStage.DAY1).isWaitingAt(InvoiceCallProcess.EVENT_CALL_OUTCOME);
    }

    /** An amount as a letter in this language writes it (letters/LetterFormat). */
    private static String dutch(java.math.BigDecimal amount) {
        return org.collections.letters.LetterFormat.of(java.util.Locale.forLanguageTag("nl"))
                .money(org.collections.invoice.Money.of(amount, "EUR"));
    }
}
