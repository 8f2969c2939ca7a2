package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;

/** Payment plans: agreed on a call, instalments reminded and checked, missed ones rescheduled, defaults. */
class PaymentPlanProcessTest extends CaseTestSupport {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

    /** Day 1 call, the customer asks for a plan of 3 monthly instalments of 400 starting 1 April. */
    private ProcessInstance withPlan(String number) throws Exception {
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "PAYMENT_PLAN",
                "callNotes", "Lost a client; can pay monthly"));
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
        complete(number, CollectionProcess.TASK_NEGOTIATE_PAYMENT_PLAN, Map.of("instalmentCount", 3,
                "instalmentAmount", 400, "firstInstalmentDate", "2026-04-01", "instalmentInterval", "P1M"));
        runDueJobs();
        return pi;
    }

    @Test
    void instalmentsKeptUntilPaidInFull() throws Exception {
        String number = newNumber();
        ProcessInstance pi = withPlan(number);
        ProcessInstance plan = child(pi, PaymentPlanProcess.KEY);
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_CONFIRM_PAYMENT_PLAN)
                .isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        assertThat(letterTypes(number)).contains("PAYMENT_PLAN_CONFIRMATION/EMAIL");
        assertThat(invoiceView(number).get("stage").asText()).isEqualTo("PAYMENT_PLAN");

        travelTo(LocalDate.of(2026, 3, 29), 9);
        assertThat(letterTypes(number)).contains("INSTALMENT_REMINDER/EMAIL");
        pay(number, "400.00", "I1-" + number);
        travelTo(LocalDate.of(2026, 4, 4), 9);
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_CHECK_INSTALMENT)
                .isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        pay(number, "400.00", "I2-" + number);
        travelTo(LocalDate.of(2026, 5, 4), 9);
        pay(number, "200.00", "I3-" + number);
        runDueJobs();

        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(plan).isEnded();
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("PAID");
        assertThat(dossierText(number)).contains("Instalment 1 of EUR 400.00 due 2026-04-01: paid",
                "Instalment 2 of EUR 400.00 due 2026-05-01: paid");
    }

    @Test
    void aPlanVariablePointedAtAnotherInvoicesPlanIsNotFollowed() throws Exception {
        String a = newNumber();
        String b = newNumber();
        ProcessInstance planOfA = child(withPlan(a), PaymentPlanProcess.KEY);
        ProcessInstance planOfB = child(withPlan(b), PaymentPlanProcess.KEY);
        String dossierOfB = dossierText(b);
        long remindersOfB = letterTypes(b).stream().filter("INSTALMENT_REMINDER/EMAIL"::equals).count();
        // as a Cockpit edit would: case A's plan variable now names B's plan
        runtime.setVariable(planOfA.getId(), CaseVariables.PLAN_ID.name(), runtime.getVariable(planOfB.getId(),
                CaseVariables.PLAN_ID.name()));

        travelTo(LocalDate.of(2026, 3, 29), 9);

        assertThat(management.createJobQuery().processInstanceId(planOfA.getId()).withException().singleResult()
                .getExceptionMessage()).contains("belongs to another invoice");
        assertThat(dossierText(b)).startsWith(dossierOfB.substring(0, dossierOfB.length() - 1));
        // B got its own reminder, and none on A's behalf
        assertThat(letterTypes(b).stream().filter("INSTALMENT_REMINDER/EMAIL"::equals).count())
                .isEqualTo(remindersOfB + 1);
    }

    @Test
    void aMissedInstalmentIsRescheduledThenPaid() throws Exception {
        String number = newNumber();
        ProcessInstance pi = withPlan(number);
        ProcessInstance plan = child(pi, PaymentPlanProcess.KEY);
        travelTo(LocalDate.of(2026, 4, 4), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT);
        assertThat(dossierText(number)).contains("Instalment 1 of EUR 400.00 due 2026-04-01: missed, EUR 400.00 short");

        complete(number, PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT, Map.of("instalmentOutcome", "RESCHEDULED",
                "newDueDate", "2026-04-15", "callNotes", "Salary comes on the 15th"));
        runDueJobs();
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_RESCHEDULE_INSTALMENT)
                .isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        travelTo(LocalDate.of(2026, 4, 12), 9);
        assertThat(letterTypes(number).stream().filter("INSTALMENT_REMINDER/EMAIL"::equals)).hasSize(2);

        pay(number, "400.00", "I1-" + number);
        travelTo(LocalDate.of(2026, 4, 18), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        assertThat(dossierText(number)).contains("Instalment 1 rescheduled to 2026-04-15",
                "Instalment 1 of EUR 400.00 due 2026-04-15: paid");
    }

    @Test
    void paidNowIsCheckedAgainAfterTheGrace() throws Exception {
        String number = newNumber();
        ProcessInstance pi = withPlan(number);
        ProcessInstance plan = child(pi, PaymentPlanProcess.KEY);
        travelTo(LocalDate.of(2026, 4, 4), 9);
        complete(number, PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT, Map.of("instalmentOutcome", "PAID_NOW"));
        runDueJobs();
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_EXPECT_PAYMENT)
                .isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_DEADLINE_PASSED);
        pay(number, "400.00", "I1-" + number);
        travelTo(LocalDate.of(2026, 4, 7), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
    }

    @Test
    void aDefaultedPlanMakesTheWholeBalanceDueAndGoesToTheLegalRoute() throws Exception {
        String number = newNumber();
        ProcessInstance pi = withPlan(number);
        pay(number, "400.00", "I1-" + number);
        travelTo(LocalDate.of(2026, 5, 4), 9);
        complete(number, PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT, Map.of("instalmentOutcome", "DEFAULTED",
                "callNotes", "Stopped answering"));
        runDueJobs();

        assertThat(letterTypes(number)).contains("PLAN_DEFAULTED/EMAIL", "PLAN_DEFAULTED/POST");
        assertThat(pi).hasPassed(CollectionProcess.CALL_ACTIVITY_PAYMENT_PLAN)
                .isWaitingAt(CollectionProcess.CALL_ACTIVITY_LEGAL_ROUTE);
        ProcessInstance legal = child(pi, LegalRouteProcess.KEY);
        assertThat(legal).isWaitingAt(LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION);
        assertThat(dossierText(number)).contains("remaining balance of EUR 600.00 is due at once",
                "Legal options assessed for a claim of EUR 600.00");
    }

    @Test
    void aPlanOutsideThePolicyIsRejectedFieldByField() throws Exception {
        String number = newNumber();
        ProcessInstance pi = register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "PAYMENT_PLAN"));
        String taskId = task(number, CollectionProcess.TASK_NEGOTIATE_PAYMENT_PLAN).getId();

        assertThatThrownBy(() -> tasks.complete(taskId, Map.of("instalmentCount", 2, "instalmentAmount", 100,
                "firstInstalmentDate", "2026-03-01", "instalmentInterval", "P3M")))
                .hasMessageContaining("instalmentAmount 2 instalments of EUR 100.00 do not cover the balance")
                .hasMessageContaining("firstInstalmentDate must not be in the past")
                .hasMessageContaining("instalmentInterval must be at most P1M");
        assertThatThrownBy(() -> tasks.complete(taskId, Map.of("instalmentCount", 40, "instalmentAmount", 10.001,
                "firstInstalmentDate", "2026-04-01", "instalmentInterval", "P1M")))
                .hasMessageContaining("instalmentCount must be between 2 and 12")
                .hasMessageContaining("instalmentAmount at most 2 decimals");
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
    }

    @Test
    void theManagerCanChooseAPlanAfterTheFinalDemand() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atRouteDecision(number, "1000.00", "CONSUMER", 62);
        assertThat(runtime.getVariable(pi.getId(), "recommendedRoute")).isEqualTo("LEGAL_ROUTE");
        complete(number, CollectionProcess.TASK_DECIDE_ROUTE, Map.of("route", "PAYMENT_PLAN"));
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
        assertThat(dossierText(number)).contains("Route decided: PAYMENT_PLAN (recommended was LEGAL_ROUTE)");
    }
}
