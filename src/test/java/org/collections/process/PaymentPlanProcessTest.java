package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.collections.CaseTestSupport;
import org.collections.process.CollectionProcess.CallStage;
import org.collections.letters.OutboxMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Payment plans: one plan case per customer across the invoices that asked for it; negotiated, instalments reminded
 * and checked against what came in on every covered invoice, missed ones rescheduled, defaults that send every
 * covered invoice to the legal route, and the plan ending as paid when every covered invoice is. A dispute takes an
 * invoice out of its plan: the plan goes on for the others with its open instalments recomputed, or ends when none is
 * left.
 */
class PaymentPlanProcessTest extends CaseTestSupport {

    @Autowired
    TestRestTemplate http;

    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);
    private static final Map<String, Object> THREE_OF_400 = Map.of("instalmentCount", 3, "instalmentAmount", 400,
            "firstInstalmentDate", "2026-04-01", "instalmentInterval", "P1M");
    private static final Map<String, Object> THREE_OF_500 = Map.of("instalmentCount", 3, "instalmentAmount", 500,
            "firstInstalmentDate", "2026-04-01", "instalmentInterval", "P1M");

    /** Day 1 call, the customer asks for a plan of 3 monthly instalments of 400 starting 1 April. */
    private ProcessInstance withPlan(String number) throws Exception {
        return withPlan(invoice(number, "1000.00", DUE));
    }

    private ProcessInstance withPlan(Map<String, Object> invoice) throws Exception {
        String number = (String) invoice.get("number");
        ProcessInstance pi = register(invoice);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "PAYMENT_PLAN",
                "callNotes", "Lost a client; can pay monthly"));
        assertThat(pi).isWaitingAt(CollectionProcess.GATEWAY_IN_PAYMENT_PLAN);
        assertThat(planCaseOf(number)).isWaitingAt(PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
        complete(number, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, THREE_OF_400);
        runDueJobs();
        return pi;
    }

    /**
     * A customer with three invoices on one call: a and b (1000 and 500, due three days earlier) ask for a plan, c
     * (300) goes on with the ladder. Answers a, b, c.
     */
    private List<String> planForTwoOfThree(String customer) throws Exception {
        String a = newNumber();
        String b = newNumber();
        String c = newNumber();
        register(invoiceOf(customer, a, "1000.00", DUE.minusDays(3), false, "en", "BUSINESS"));
        register(invoiceOf(customer, b, "500.00", DUE.minusDays(3), false, "en", "BUSINESS"));
        register(invoiceOf(customer, c, "300.00", DUE, false, "en", "BUSINESS"));
        travelTo(DUE.plusDays(1), 9);
        assertThat(callTask(a).getId()).isEqualTo(callTask(c).getId());
        call(a, Map.of("callOutcome", "PAYMENT_PLAN", "planInvoices", a + "," + b,
                "callNotes", "Can pay the two older ones monthly"));
        return List.of(a, b, c);
    }

    /** As {@link #planForTwoOfThree}, the plan agreed at three monthly instalments of 500 from 1 April. */
    private List<String> agreedPlanForTwoOfThree() throws Exception {
        List<String> n = planForTwoOfThree(newCustomerNumber());
        complete(n.get(0), PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, THREE_OF_500);
        runDueJobs();
        return n;
    }

    @Test
    void theNegotiationCardShowsCustomerOwedAndDaysOverdueAsOfNow() throws Exception {
        String number = newNumber();
        register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "PAYMENT_PLAN", "callNotes", "Lost a client; can pay monthly"));
        Task negotiate = task(number, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
        assertThat(tasks.getVariables(negotiate.getId())).containsEntry("customerName", "Jane Debtor")
                .containsEntry("totalOwed", "EUR 1000.00").containsEntry("daysOverdue", 1L)
                // the form checks no limit of its own: the policy's, which the plan is checked against, are shown
                .containsEntry("planLimits", "The policy allows 2 to 12 instalments of at least EUR 25.00, at most "
                        + "1 month apart, the first within 1 month of today.");

        assertThat(pay(number, "300.00", "BANK-" + number).getResponse().getStatus()).isEqualTo(201);
        assertThat(tasks.getVariableLocal(negotiate.getId(), "totalOwed")).isEqualTo("EUR 700.00");
        assertThat(shown(negotiate.getId(), "invoicesToDiscuss")).contains("EUR 700.00 owed");
    }

    @Test
    void onePlanForTwoOfThreeInvoicesWithOneNegotiationAndOneScheduleForTheSum() throws Exception {
        String customer = newCustomerNumber();
        List<String> n = planForTwoOfThree(customer);
        String a = n.get(0), b = n.get(1), c = n.get(2);

        List<ProcessInstance> plans = planCasesOfCustomer(customer);
        assertThat(plans).hasSize(1);
        ProcessInstance plan = plans.get(0);
        assertThat(plan.getBusinessKey()).startsWith(PaymentPlanProcess.BUSINESS_KEY_PREFIX);
        Task negotiate = task(a, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
        assertThat(tasks.createTaskQuery().processInstanceId(plan.getId()).count()).isEqualTo(1);
        String listed = shown(negotiate.getId(), "invoicesToDiscuss");
        assertThat(listed).contains(a, b).doesNotContain(c);
        assertThat(tasks.getVariableLocal(negotiate.getId(), "totalOwed")).isEqualTo("EUR 1500.00");
        assertThat(caseOf(a)).isWaitingAt(CollectionProcess.GATEWAY_IN_PAYMENT_PLAN);
        assertThat(caseOf(b)).isWaitingAt(CollectionProcess.GATEWAY_IN_PAYMENT_PLAN);
        assertThat(invoiceView(b).get("nextStep").asText()).as("the invoice waits for its plan")
                .isEqualTo("Negotiate payment plan");
        assertThat(passedInCall(caseOf(c), CallStage.DAY1)).contains(InvoiceCallProcess.END_NOTHING_AGREED);
        assertThat(caseOf(c)).isWaitingAt(CollectionProcess.EVENT_DAY30_REACHED);

        // 3 x 400 does not cover the sum of 1500: refused, the task stays open
        assertThatThrownBy(() -> tasks.complete(negotiate.getId(), THREE_OF_400))
                .hasMessageContaining("do not cover the balance of EUR 1500.00");
        complete(a, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, THREE_OF_500);
        runDueJobs();

        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_CONFIRM_PAYMENT_PLAN)
                .isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        assertThat(invoiceView(b).get("nextStep").asText()).isEqualTo("Days before instalment");
        assertThat(dossierText(a)).contains("agreed for EUR 1500.00");
        assertThat(dossierText(b)).contains("agreed for EUR 1500.00");
        List<Long> confirmations = messages(a).stream()
                .filter(m -> m.getLetterType().name().equals("PAYMENT_PLAN_CONFIRMATION")).map(OutboxMessage::getId)
                .toList();
        assertThat(confirmations).isNotEmpty();
        // one letter for the plan, listing both invoices
        assertThat(lettersOf(b, "PAYMENT_PLAN_CONFIRMATION").stream()
                .map(OutboxMessage::getId).toList()).isEqualTo(confirmations);
        assertThat(letterTypes(c)).doesNotContain("PAYMENT_PLAN_CONFIRMATION/EMAIL");
        assertThat(invoiceView(a).get("stage").asText()).isEqualTo("PAYMENT_PLAN");
    }

    @Test
    void accountPaymentsForTheInstalmentsEndBothInvoiceCasesAndThePlanAsPaid() throws Exception {
        String customer = newCustomerNumber();
        List<String> n = planForTwoOfThree(customer);
        String a = n.get(0), b = n.get(1), c = n.get(2);
        complete(a, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, THREE_OF_500);
        runDueJobs();
        ProcessInstance plan = planCaseOf(a);
        ProcessInstance pa = caseOf(a);
        ProcessInstance pb = caseOf(b);

        // three days before the instalment is a Sunday: the reminder goes on Monday
        travelTo(LocalDate.of(2026, 3, 30), 9);
        assertThat(letterTypes(b)).contains("INSTALMENT_REMINDER/EMAIL");
        payAccount(customer, "500.00", "I1-" + customer);
        travelTo(LocalDate.of(2026, 4, 4), 9);
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_CHECK_INSTALMENT)
                .isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        payAccount(customer, "500.00", "I2-" + customer);
        travelTo(LocalDate.of(2026, 5, 4), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        payAccount(customer, "500.00", "I3-" + customer);
        runDueJobs();

        assertThat(pa).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(pb).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(plan).isEnded().hasPassed(PaymentPlanProcess.END_PLAN_PAID);
        assertThat(runtime.createIncidentQuery().count()).isZero();
        assertThat(planCasesOfCustomer(customer)).isEmpty();
        assertThat(invoiceView(c).get("status").asText()).isEqualTo("OPEN");
        // a and b are due the same day, so either is paid off first and leaves the plan; the other hears the rest
        assertThat(dossierText(a) + dossierText(b)).contains("Instalment 1 of EUR 500.00 due 2026-04-01: paid",
                "Instalment 2 of EUR 500.00 due 2026-05-01: paid");
        assertThat(dossierText(a)).contains("Leaves payment plan");
        assertThat(dossierText(b)).contains("Leaves payment plan");
    }

    @Test
    void aDefaultSendsEveryInvoiceOfThePlanToTheLegalRouteTogether() throws Exception {
        List<String> n = agreedPlanForTwoOfThree();
        String a = n.get(0), b = n.get(1);
        ProcessInstance plan = planCaseOf(a);
        travelTo(LocalDate.of(2026, 4, 4), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT);
        Task missed = task(b, PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT);
        assertThat(shown(missed.getId(), "invoicesToDiscuss")).contains(a, b);

        complete(a, PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT, Map.of("instalmentOutcome", "DEFAULTED",
                "callNotes", "Stopped answering"));
        runDueJobs();

        assertThat(plan).isEnded().hasPassed(PaymentPlanProcess.TASK_TELL_INVOICES_PLAN_DEFAULTED,
                PaymentPlanProcess.END_PLAN_DEFAULTED);
        for (String number : List.of(a, b)) {
            assertThat(caseOf(number)).hasPassed(CollectionProcess.EVENT_PAYMENT_PLAN_DEFAULTED)
                    .isWaitingAt(CollectionProcess.CALL_ACTIVITY_LEGAL_ROUTE);
            assertThat(child(caseOf(number), LegalRouteProcess.KEY))
                    .isWaitingAt(LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION);
        }
        // one default letter for the plan, listing both
        List<Long> defaultLetters = lettersOf(a, "PLAN_DEFAULTED").stream()
                .map(OutboxMessage::getId).toList();
        assertThat(defaultLetters).hasSize(2); // email and post
        assertThat(lettersOf(b, "PLAN_DEFAULTED").stream()
                .map(OutboxMessage::getId).toList()).isEqualTo(defaultLetters);
        assertThat(dossierText(a)).contains("remaining balance of EUR 1000.00 is due at once");
        assertThat(dossierText(b)).contains("remaining balance of EUR 500.00 is due at once");
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void twoInvoicesAskingForAPlanAtTheSameMomentMakeOneNegotiation() throws Exception {
        for (int round = 0; round < 2; round++) {
            String customer = newCustomerNumber();
            String a = newNumber();
            String b = newNumber();
            register(invoiceOf(customer, a, "1000.00", DUE, false, "en", "BUSINESS"));
            register(invoiceOf(customer, b, "500.00", DUE, false, "en", "BUSINESS"));
            travelTo(DUE.plusDays(1), 9);
            complete(a, CALL_TASK, Map.of("callOutcome", "PAYMENT_PLAN"));
            // run everything up to the two asks, then both asks at once
            List<Job> asks = runJobsUntilAsks(List.of(caseOf(a).getId(), caseOf(b).getId()));
            assertThat(asks).hasSize(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (Job job : asks) {
                running.add(pool.submit(() -> {
                    go.await();
                    try {
                        management.executeJob(job.getId());
                    } catch (RuntimeException e) {
                        // the loser of an optimistic lock is retried by the job executor
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : running) {
                f.get();
            }
            pool.shutdown();
            runDueJobs();

            assertThat(planCasesOfCustomer(customer)).hasSize(1);
            Task negotiate = task(a, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
            assertThat(shown(negotiate.getId(), "invoicesToDiscuss")).contains(a, b);
            assertThat(caseOf(a)).isWaitingAt(CollectionProcess.GATEWAY_IN_PAYMENT_PLAN);
            assertThat(caseOf(b)).isWaitingAt(CollectionProcess.GATEWAY_IN_PAYMENT_PLAN);
            travelTo(CaseTestSupport.START);
        }
    }

    @Test
    void anInvoicePaidDuringTheNegotiationLeavesItAndTheLastOneEndsThePlanCase() throws Exception {
        String customer = newCustomerNumber();
        List<String> n = planForTwoOfThree(customer);
        String a = n.get(0), b = n.get(1);
        ProcessInstance plan = planCaseOf(a);
        pay(b, "500.00", "B-" + b);
        Task negotiate = task(a, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
        assertThat(shown(negotiate.getId(), "invoicesToDiscuss")).contains(a)
                .doesNotContain(b);
        assertThat(tasks.getVariableLocal(negotiate.getId(), "totalOwed")).isEqualTo("EUR 1000.00");
        pay(a, "1000.00", "A-" + a);
        assertThat(plan).isEnded().hasPassed(PaymentPlanProcess.END_PLAN_PAID);
        assertThat(tasks.createTaskQuery().processInstanceId(plan.getId()).count()).isZero();
    }

    @Test
    void anInvoiceAskingWhileTheAgreedPlanRunsGetsANegotiationOfItsOwn() throws Exception {
        String customer = newCustomerNumber();
        List<String> n = planForTwoOfThree(customer);
        String a = n.get(0), c = n.get(2);
        complete(a, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, THREE_OF_500);
        runDueJobs();
        travelTo(DUE.plusDays(30), 9);
        call(c, Map.of("callOutcome", "PAYMENT_PLAN"));
        List<ProcessInstance> plans = planCasesOfCustomer(customer);
        assertThat(plans).hasSize(2);
        assertThat(tasks.createTaskQuery().taskDefinitionKey(PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN)
                .processInstanceIdIn(plans.stream().map(ProcessInstance::getId).toArray(String[]::new)).list())
                .singleElement().satisfies(t -> assertThat((String) tasks.getVariableLocal(t.getId(),
                        "invoiceNumbers")).isEqualTo(c));
        assertThat(dossierText(c)).contains("a new plan of its own");
    }

    private List<String> instalmentStatuses(String number) throws Exception {
        List<String> statuses = new java.util.ArrayList<>();
        invoiceView(number).at("/plan/instalments").forEach(i -> statuses.add(i.get("status").asText()));
        return statuses;
    }

    @Test
    void instalmentsKeptUntilPaidInFull() throws Exception {
        String number = newNumber();
        ProcessInstance pi = withPlan(number);
        ProcessInstance plan = planCaseOf(number);
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_CONFIRM_PAYMENT_PLAN)
                .isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        assertThat(letterTypes(number)).contains("PAYMENT_PLAN_CONFIRMATION/EMAIL");
        assertThat(invoiceView(number).get("stage").asText()).isEqualTo("PAYMENT_PLAN");

        // three days before the instalment is a Sunday: the reminder goes on Monday
        travelTo(LocalDate.of(2026, 3, 30), 9);
        assertThat(letterTypes(number)).contains("INSTALMENT_REMINDER/EMAIL");
        pay(number, "400.00", "I1-" + number);
        // paid before its deadline's check, the instalment shows as paid already
        assertThat(instalmentStatuses(number)).containsExactly("PAID", "OPEN", "OPEN");
        travelTo(LocalDate.of(2026, 4, 4), 9);
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_CHECK_INSTALMENT)
                .isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        pay(number, "400.00", "I2-" + number);
        travelTo(LocalDate.of(2026, 5, 4), 9);
        pay(number, "200.00", "I3-" + number);
        runDueJobs();
        // the last one was paid before its day, and the plan ended with it: no instalment stays open
        assertThat(instalmentStatuses(number)).containsExactly("PAID", "PAID", "PAID");

        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(plan).isEnded().hasPassed(PaymentPlanProcess.END_PLAN_PAID);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("PAID");
        assertThat(dossierText(number)).contains("Instalment 1 of EUR 400.00 due 2026-04-01: paid",
                "Instalment 2 of EUR 400.00 due 2026-05-01: paid");
    }

    @Test
    void aPlanVariablePointedAtAnotherPlanIsNotFollowed() throws Exception {
        String a = newNumber();
        String b = newNumber();
        withPlan(a);
        withPlan(b);
        ProcessInstance planOfA = planCaseOf(a);
        ProcessInstance planOfB = planCaseOf(b);
        long remindersOfA = letterTypes(a).stream().filter("INSTALMENT_REMINDER/EMAIL"::equals).count();
        long remindersOfB = letterTypes(b).stream().filter("INSTALMENT_REMINDER/EMAIL"::equals).count();
        // as a Cockpit edit would: plan case A's plan variable now names B's plan; its business key still names A's
        runtime.setVariable(planOfA.getId(), CaseVariables.PLAN_ID.name(), runtime.getVariable(planOfB.getId(),
                CaseVariables.PLAN_ID.name()));

        // three days before the instalment is a Sunday: the reminder goes on Monday
        travelTo(LocalDate.of(2026, 3, 30), 9);

        assertThat(runtime.createIncidentQuery().processInstanceId(planOfA.getId()).count()).isZero();
        assertThat(letterTypes(a).stream().filter("INSTALMENT_REMINDER/EMAIL"::equals).count())
                .isEqualTo(remindersOfA + 1);
        assertThat(letterTypes(b).stream().filter("INSTALMENT_REMINDER/EMAIL"::equals).count())
                .isEqualTo(remindersOfB + 1);
    }

    @Test
    void aMissedInstalmentIsRescheduledThenPaid() throws Exception {
        String number = newNumber();
        withPlan(number);
        ProcessInstance plan = planCaseOf(number);
        travelTo(LocalDate.of(2026, 4, 4), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT);
        assertThat(dossierText(number)).contains("Instalment 1 of EUR 400.00 due 2026-04-01: missed, EUR 400.00 short");
        assertThat(dues(invoiceView(number).get("plan"))).first().asString().endsWith(" MISSED");

        complete(number, PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT, Map.of("instalmentOutcome", "RESCHEDULED",
                "newDueDate", "2026-04-15", "callNotes", "Salary comes on the 15th"));
        runDueJobs();
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_RESCHEDULE_INSTALMENT)
                .isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        // 12 April is a Sunday: the reminder goes on Monday
        travelTo(LocalDate.of(2026, 4, 13), 9);
        assertThat(letterTypes(number).stream().filter("INSTALMENT_REMINDER/EMAIL"::equals)).hasSize(2);

        pay(number, "400.00", "I1-" + number);
        assertThat(dues(invoiceView(number).get("plan"))).as("paid late, before its new deadline is checked")
                .first().asString().endsWith(" PAID");
        travelTo(LocalDate.of(2026, 4, 18), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        assertThat(dossierText(number)).contains("Instalment 1 rescheduled to 2026-04-15",
                "Instalment 1 of EUR 400.00 due 2026-04-15: paid");
    }

    @Test
    void aPlanWhoseMissedInstalmentWasPaidSinceCannotBeDeclaredDefaulted() throws Exception {
        String number = newNumber();
        withPlan(number);
        ProcessInstance plan = planCaseOf(number);
        travelTo(LocalDate.of(2026, 4, 4), 9);
        pay(number, "400.00", "I1-" + number);
        String call = task(number, PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT).getId();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(call, Map.of("instalmentOutcome",
                "DEFAULTED"))).hasMessageContaining("instalmentOutcome").hasMessageContaining("instalment 1 is paid now");
        assertThat(plan).isWaitingAt(PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT);

        tasks.complete(call, Map.of("instalmentOutcome", "PAID_NOW"));
        travelTo(LocalDate.of(2026, 4, 7), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        assertThat(letterTypes(number)).doesNotContain("PLAN_DEFAULTED/EMAIL");
    }

    @Test
    void paidNowIsCheckedAgainAfterTheGrace() throws Exception {
        String number = newNumber();
        withPlan(number);
        ProcessInstance plan = planCaseOf(number);
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
        assertThat(pi).hasPassed(CollectionProcess.EVENT_PAYMENT_PLAN_DEFAULTED)
                .isWaitingAt(CollectionProcess.CALL_ACTIVITY_LEGAL_ROUTE);
        ProcessInstance legal = child(pi, LegalRouteProcess.KEY);
        assertThat(legal).isWaitingAt(LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION);
        assertThat(dossierText(number)).contains("remaining balance of EUR 600.00 is due at once",
                "Legal options assessed for a claim of EUR 600.00");
        assertThat(dues(invoiceView(number).get("plan"))).as("the one paid stays paid; the rest is due at once")
                .containsExactly("1 2026-04-01 400 PAID", "2 2026-05-01 400 CANCELLED", "3 2026-06-01 200 CANCELLED");
    }

    @Test
    void aPlanOutsideThePolicyIsRejectedFieldByField() throws Exception {
        String number = newNumber();
        register(number, "1000.00", DUE);
        travelTo(DUE.plusDays(1), 9);
        call(number, Map.of("callOutcome", "PAYMENT_PLAN"));
        String taskId = task(number, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN).getId();

        assertThatThrownBy(() -> tasks.complete(taskId, Map.of("instalmentCount", 2, "instalmentAmount", 100,
                "firstInstalmentDate", "2026-03-01", "instalmentInterval", "P3M")))
                .hasMessageContaining("instalmentAmount 2 instalments of EUR 100.00 do not cover the balance")
                .hasMessageContaining("firstInstalmentDate must not be in the past")
                .hasMessageContaining("instalmentInterval must be at most 1 month (policy)");
        assertThatThrownBy(() -> tasks.complete(taskId, Map.of("instalmentCount", 40, "instalmentAmount", 10.001,
                "firstInstalmentDate", "2026-04-01", "instalmentInterval", "P1M")))
                .hasMessageContaining("instalmentCount must be between 2 and 12")
                .hasMessageContaining("instalmentAmount at most 2 decimals");
        assertThatThrownBy(() -> tasks.complete(taskId, Map.of("instalmentCount", 2, "instalmentAmount", 990,
                "firstInstalmentDate", "2026-04-01", "instalmentInterval", "P1M")))
                .hasMessageContaining("instalmentAmount the last instalment would be EUR 10.00, less than EUR 25.00 "
                        + "(policy)");
        assertThat(planCaseOf(number)).isWaitingAt(PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
    }

    @Test
    void invoicesInTwoCurrenciesAskingInOneCallGetANegotiationPerCurrencyAndBothCanBeAgreed() throws Exception {
        String customer = newCustomerNumber();
        String euros = registerInvoicesOf(customer, DUE, "en", "600.00").get(0);
        String dollars = newNumber();
        Map<String, Object> inDollars = new java.util.HashMap<>(invoiceOf(customer, dollars, "300.00", DUE, false,
                "en", "BUSINESS"));
        inDollars.put("currency", "USD");
        register(inDollars);
        travelTo(DUE.plusDays(1), 9);
        call(euros, Map.of("callOutcome", "PAYMENT_PLAN"));

        assertThat(planCasesOfCustomer(customer)).hasSize(2);
        tasks.complete(negotiation(euros).getId(), Map.of(
                "instalmentCount", 2, "instalmentAmount", 300, "firstInstalmentDate", "2026-04-01",
                "instalmentInterval", "P1M"));
        tasks.complete(negotiation(dollars).getId(), Map.of(
                "instalmentCount", 2, "instalmentAmount", 150, "firstInstalmentDate", "2026-04-01",
                "instalmentInterval", "P1M"));
        runDueJobs();
        assertThat(invoiceView(euros).at("/plan/status").asText()).isEqualTo("ACTIVE");
        assertThat(invoiceView(dollars).at("/plan/status").asText()).isEqualTo("ACTIVE");
        assertThat(invoiceView(euros).at("/plan/id")).isNotEqualTo(invoiceView(dollars).at("/plan/id"));
    }

    /** The negotiation of the plan the invoice asked for. */
    private Task negotiation(String number) throws Exception {
        return tasks.createTaskQuery().processInstanceBusinessKey(PaymentPlanProcess.businessKey(
                invoiceView(number).at("/plan/id").asLong()))
                .taskDefinitionKey(PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN).singleResult();
    }

    @Test
    void theManagerCanChooseAPlanOfOneInvoiceAfterTheFinalDemand() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atRouteDecision(number, "1000.00", "CONSUMER", 62);
        assertThat(runtime.getVariable(pi.getId(), "recommendedRoute")).isEqualTo("LEGAL_ROUTE");
        complete(number, CollectionProcess.TASK_DECIDE_ROUTE, Map.of("route", "PAYMENT_PLAN"));
        runDueJobs();
        assertThat(pi).isWaitingAt(CollectionProcess.GATEWAY_IN_PAYMENT_PLAN);
        assertThat(dossierText(number)).contains("Route decided: PAYMENT_PLAN (recommended was LEGAL_ROUTE)");
        ProcessInstance plan = planCaseOf(number);
        Task negotiate = task(number, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
        assertThat(tasks.getVariableLocal(negotiate.getId(), "invoiceNumbers")).isEqualTo(number);
        String balance = invoiceView(number).get("balance").decimalValue().toPlainString();
        // three instalments that cover the balance with its late fees, interest and costs, the last one smaller
        BigDecimal third = new BigDecimal(balance).divide(BigDecimal.valueOf(3), 0, java.math.RoundingMode.UP);
        complete(number, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, Map.of("instalmentCount", 3,
                "instalmentAmount", third, "firstInstalmentDate", today().plusDays(7).toString(),
                "instalmentInterval", "P1M"));
        runDueJobs();
        assertThat(plan).isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        assertThat(letterTypes(number)).contains("PAYMENT_PLAN_CONFIRMATION/EMAIL");
        assertThat(dossierText(number)).contains("agreed for EUR " + balance);
    }

    // ------------------------------------------------------------------ a dispute on an invoice in a plan

    @Test
    void aDisputeTakesAnInvoiceOutOfTheAgreedPlanAndTheOthersPayTheRestAtTheAgreedInstalment() throws Exception {
        List<String> n = agreedPlanForTwoOfThree();
        String a = n.get(0), b = n.get(1);
        ProcessInstance plan = planCaseOf(a);
        ProcessInstance pa = caseOf(a);
        ProcessInstance pb = caseOf(b);
        // 300 paid on a ahead of the first instalment
        assertThat(pay(a, "300.00", "A1-" + a).getResponse().getStatus()).isEqualTo(201);

        MvcResult raised = raiseDispute(b, "The second delivery never arrived");
        assertThat(raised.getResponse().getStatus()).as(raised.getResponse().getContentAsString()).isEqualTo(201);
        runDueJobs();
        assertThat(pb).hasPassed(CollectionProcess.EVENT_DISPUTE_RAISED_IN_PLAN)
                .isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(pa).isWaitingAt(CollectionProcess.GATEWAY_IN_PAYMENT_PLAN);
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_CONFIRM_CHANGED_PLAN)
                .isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);

        // what a still owes (700), at the agreed 500 on the agreed days, the last the rest; b is out of the plan
        JsonNode view = invoiceView(a).get("plan");
        long id = view.get("id").asLong();
        assertThat(view.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(parts(view)).containsExactly(a + " COVERED", b + " DISPUTED");
        assertThat(dues(view)).containsExactly("1 2026-04-01 500 OPEN", "2 2026-05-01 200 OPEN");
        assertThat(invoiceView(b).at("/plan/id").asLong()).isEqualTo(id);
        assertThat(dossierText(a)).contains("Payment plan " + id + " changed: invoice " + b + " left it for a dispute. "
                + "The remaining balance of EUR 700.00 (invoices " + a + ") is paid in 2 instalments of the agreed "
                + "EUR 500.00, the last the rest: EUR 500.00 on 2026-04-01, EUR 200.00 on 2026-05-01");
        assertThat(dossierText(b)).contains("Leaves payment plan " + id + " for a dispute: its balance of EUR 500.00 "
                + "is no longer part of the plan", "Dispute raised by " + AGENT + ": The second delivery never arrived; "
                + "the invoice leaves its payment plan at once");
        // the changed plan in writing, to the customer, about a only, with the figures of the one calculation; b is
        // named once, as the invoice taken out, and listed nowhere
        List<OutboxMessage> changed = messages(a).stream()
                .filter(m -> m.getLetterType().name().equals("PAYMENT_PLAN_CHANGED")).toList();
        assertThat(changed).singleElement().satisfies(m -> assertThat(m.getBodyText()).contains("€700.00",
                "€500.00 on April 1, 2026; €200.00 on May 1, 2026", "Invoice " + b + " has been taken out of your "
                        + "payment plan").containsOnlyOnce(b));
        assertThat(letterTypes(b)).doesNotContain("PAYMENT_PLAN_CHANGED/EMAIL");

        // the first instalment is reminded for a alone; paid, the plan goes on, and the rest settles it
        travelTo(LocalDate.of(2026, 3, 30), 9);
        assertThat(letterTypes(a)).contains("INSTALMENT_REMINDER/EMAIL");
        pay(a, "500.00", "A2-" + a);
        travelTo(LocalDate.of(2026, 4, 4), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        assertThat(dossierText(a)).contains("Instalment 1 of EUR 500.00 due 2026-04-01: paid");
        pay(a, "200.00", "A3-" + a);
        runDueJobs();
        assertThat(pa).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(plan).isEnded().hasPassed(PaymentPlanProcess.END_PLAN_PAID);
        assertThat(invoiceView(a).at("/plan/status").asText()).isEqualTo("SETTLED");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(plan.getId())
                .taskDefinitionKey(PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT).count()).isZero();

        // nothing of the plan reached b meanwhile; resolved, it is dunned again from its age
        assertThat(letterTypes(b)).doesNotContain("INSTALMENT_REMINDER/EMAIL");
        assertThat(pb).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        complete(b, CollectionProcess.TASK_RESOLVE_DISPUTE, Map.of("disputeResolution", "UPHELD"));
        runDueJobs();
        assertThat(pb).hasPassed(CollectionProcess.TASK_SEND_DISPUTE_OUTCOME, CollectionProcess.GATEWAY_RESUME_CASE,
                CollectionProcess.TASK_PLAN_SCHEDULE);
        assertThat(invoiceView(b).get("stage").asText()).isNotEqualTo("DISPUTE");
        assertThat(invoiceView(b).at("/plan/status").asText()).as("the plan it left").isEqualTo("SETTLED");
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void aDisputeRaisedInTasklistOnTheOnlyInvoiceOfAPlanEndsThePlanWithNoReminderOrCall() throws Exception {
        String number = newNumber();
        ProcessInstance pi = withPlan(number);
        ProcessInstance plan = planCaseOf(number);

        ResponseEntity<String> raised = raiseDisputeInTasklist(number, "Invoiced twice for the same work");
        assertThat(raised.getStatusCode().value()).as(raised.getBody()).isEqualTo(200);
        assertThat(pi).hasPassed(CollectionProcess.EVENT_DISPUTE_RAISED_IN_PLAN)
                .isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(plan).isEnded().hasPassed(PaymentPlanProcess.END_PLAN_ENDED)
                .hasNotPassed(PaymentPlanProcess.END_PLAN_PAID);
        JsonNode view = invoiceView(number).get("plan");
        assertThat(view.get("status").asText()).isEqualTo("ENDED");
        assertThat(parts(view)).containsExactly(number + " DISPUTED");
        assertThat(dossierText(number)).contains("Payment plan " + view.get("id").asLong() + " ended: no invoice is "
                + "left in it (invoice " + number + " left it for a dispute)");

        // the instalments' days and their grace pass: no reminder, no call, nothing to the customer
        int before = messages(number).size();
        travelTo(LocalDate.of(2026, 5, 8), 9);
        assertThat(messages(number)).hasSize(before);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(plan.getId())
                .taskDefinitionKey(PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT).count()).isZero();
        assertThat(pi).isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
    }

    /** A cancelled invoice pays no instalment: the plan ends, it is not settled. */
    @Test
    void cancellingTheOnlyInvoiceOfAPlanEndsThePlanWithNoInstalmentPaid() throws Exception {
        String number = newNumber();
        ProcessInstance pi = withPlan(number);
        ProcessInstance plan = planCaseOf(number);
        assertThat(pay(number, "400.00", "I1-" + number).getResponse().getStatus()).isEqualTo(201);

        MvcResult cancelled = postJson("/api/invoices/" + number + "/cancellation", Map.of("reason", "Wrong customer"));
        assertThat(cancelled.getResponse().getStatus()).as(cancelled.getResponse().getContentAsString())
                .isEqualTo(200);
        runDueJobs();

        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_CANCELLED_IN_INVOICING);
        assertThat(plan).isEnded().hasNotPassed(PaymentPlanProcess.END_PLAN_PAID);
        JsonNode view = invoiceView(number).get("plan");
        assertThat(view.get("status").asText()).isEqualTo("ENDED");
        assertThat(parts(view)).containsExactly(number + " WITHDRAWN");
        assertThat(dues(view)).as("nobody asks for them any more").allMatch(due -> due.endsWith(" CANCELLED"));
        assertThat(dossierText(number)).contains("Leaves payment plan " + view.get("id").asLong() + ": the invoice "
                + "was cancelled", "ended: no invoice is left in it (invoice " + number + " left it cancelled)")
                .doesNotContain("settled: the invoices left in it are paid");
        assertThat(getJson("/api/customers/" + invoiceView(number).at("/customer/number").asText()).at("/credit/0/amount")
                .decimalValue()).as("the instalment paid is the customer's credit").isEqualByComparingTo("400.00");
    }

    // ------------------------------------------------------------------ a credit note on an invoice in a plan

    /**
     * A credit note pays no instalment: the plan is recomputed on what is owed now, at the agreed instalment, and the
     * customer gets it in writing. Before, the instalments still asked for the credited 300 (1,000 in all for 700
     * owed), and the credit note counted as if paid towards the next instalment.
     */
    @Test
    void aCreditNoteOnAnInvoiceInTheAgreedPlanShortensThePlanAndSaysSoInWriting() throws Exception {
        String number = newNumber();
        ProcessInstance pi = withPlan(number);
        ProcessInstance plan = planCaseOf(number);
        long id = invoiceView(number).at("/plan/id").asLong();

        creditNote(number, "300.00");
        runDueJobs();

        JsonNode view = invoiceView(number).get("plan");
        assertThat(view.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(dues(view)).containsExactly("1 2026-04-01 400 OPEN", "2 2026-05-01 300 OPEN");
        assertThat(dossierText(number)).contains("Payment plan " + id + " changed: a credit note lowered the balance "
                + "of invoice " + number + ". The remaining balance of EUR 700.00 (invoices " + number + ") is paid in 2 "
                + "instalments of the agreed EUR 400.00, the last the rest: EUR 400.00 on 2026-04-01, EUR 300.00 on "
                + "2026-05-01");
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_CONFIRM_CHANGED_PLAN)
                .isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        assertThat(lettersOf(number, "PAYMENT_PLAN_CHANGED"))
                .singleElement().satisfies(m -> assertThat(m.getBodyText()).contains("A credit note on invoice "
                        + number + " has lowered what you owe", "€700.00", "€400.00 on April 1, 2026; €300.00 on May 1, "
                                + "2026").doesNotContain("taken out"));

        // the instalments as they stand now pay the invoice, no more: the reminder asks 400, the plan ends paid
        travelTo(LocalDate.of(2026, 3, 30), 9);
        assertThat(lettersOf(number, "INSTALMENT_REMINDER"))
                .singleElement().satisfies(m -> assertThat(m.getBodyText()).contains("€400.00"));
        pay(number, "400.00", "I1-" + number);
        travelTo(LocalDate.of(2026, 4, 4), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        pay(number, "300.00", "I2-" + number);
        runDueJobs();
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(plan).isEnded().hasPassed(PaymentPlanProcess.END_PLAN_PAID);
        assertThat(instalmentStatuses(number)).containsExactly("PAID", "PAID");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(plan.getId())
                .taskDefinitionKey(PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT).count()).isZero();
    }

    /**
     * An instalment paid ahead stays paid when a credit note changes the plan: only the instalments after it are
     * recomputed, and nobody reminds the customer of the one paid. Before, the change put it back to OPEN and the letter
     * asked for it again on its day.
     */
    @Test
    void anInstalmentPaidAheadStaysPaidWhenACreditNoteChangesThePlanAndIsNotAskedForAgain() throws Exception {
        String number = newNumber();
        ProcessInstance pi = withPlan(number);
        ProcessInstance plan = planCaseOf(number);
        assertThat(pay(number, "400.00", "I1-" + number).getResponse().getStatus()).isEqualTo(201);

        creditNote(number, "300.00");
        runDueJobs();

        assertThat(dues(invoiceView(number).get("plan"))).containsExactly("1 2026-04-01 400 PAID",
                "2 2026-05-01 300 OPEN");
        assertThat(lettersOf(number, "PAYMENT_PLAN_CHANGED"))
                .singleElement().satisfies(m -> assertThat(m.getBodyText()).contains("€300.00 on May 1, 2026")
                        .doesNotContain("April 1"));

        travelTo(LocalDate.of(2026, 4, 4), 9);
        assertThat(lettersOf(number, "INSTALMENT_REMINDER"))
                .as("the instalment paid ahead is not reminded of").isEmpty();
        assertThat(plan).isWaitingAt(PaymentPlanProcess.EVENT_INSTALMENT_REMINDER_DUE);
        travelTo(LocalDate.of(2026, 4, 28), 9);
        assertThat(lettersOf(number, "INSTALMENT_REMINDER"))
                .singleElement().satisfies(m -> assertThat(m.getBodyText()).contains("€300.00", "May 1, 2026"));
        pay(number, "300.00", "I2-" + number);
        runDueJobs();
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(plan).isEnded().hasPassed(PaymentPlanProcess.END_PLAN_PAID);
    }

    /** Each letter about a changed plan tells what changed it: first the invoice taken out, then the credit note. */
    @Test
    void aCreditNoteAfterADisputeIsWhatTheNextLetterTells() throws Exception {
        List<String> n = agreedPlanForTwoOfThree();
        String a = n.get(0), b = n.get(1);
        assertThat(raiseDispute(b, "Never ordered").getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        creditNote(a, "100.00");
        runDueJobs();

        List<String> letters = lettersOf(a, "PAYMENT_PLAN_CHANGED").stream()
                .map(OutboxMessage::getBodyText).toList();
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0)).contains("Invoice " + b + " has been taken out").doesNotContain("credit note");
        assertThat(letters.get(1)).contains("A credit note on invoice " + a + " has lowered what you owe",
                "€500.00 on April 1, 2026; €400.00 on May 1, 2026").doesNotContain("taken out");
    }

    /** The same for a dispute that takes an invoice out: the instalment paid ahead with money on it stays paid. */
    @Test
    void anInstalmentPaidAheadStaysPaidWhenADisputeTakesAnInvoiceOut() throws Exception {
        List<String> n = agreedPlanForTwoOfThree();
        String a = n.get(0), b = n.get(1);
        assertThat(pay(a, "500.00", "A1-" + a).getResponse().getStatus()).isEqualTo(201);

        MvcResult raised = raiseDispute(b, "The second delivery never arrived");
        assertThat(raised.getResponse().getStatus()).as(raised.getResponse().getContentAsString()).isEqualTo(201);
        runDueJobs();

        // a owes 500 more, at the agreed 500 after the instalment it paid
        assertThat(dues(invoiceView(a).get("plan"))).containsExactly("1 2026-04-01 500 PAID", "2 2026-05-01 500 OPEN");
        assertThat(lettersOf(a, "PAYMENT_PLAN_CHANGED"))
                .singleElement().satisfies(m -> assertThat(m.getBodyText()).contains("€500.00 on May 1, 2026")
                        .doesNotContain("April 1"));
    }

    /**
     * A due date moved while the plan holds changes what the invoice owes (here two late fees it owed by the earlier
     * date): the open instalments are recomputed and confirmed in writing, so paying what the plan asks pays the
     * invoice. A move that changes nothing owed changes nothing. Before, the plan asked for the old amount and the
     * invoice stayed open with the fees after the last instalment.
     */
    @Test
    void aDueDateMovedWhileThePlanHoldsRecomputesTheInstalmentsOnWhatIsOwed() throws Exception {
        String number = newNumber();
        // issued early enough for its due date to be corrected to January
        Map<String, Object> invoice = new java.util.HashMap<>(invoice(number, "1000.00", DUE));
        invoice.put("issueDate", "2025-12-01");
        ProcessInstance pi = withPlan(invoice);
        ProcessInstance plan = planCaseOf(number);
        long id = invoiceView(number).at("/plan/id").asLong();

        assertThat(moveDueDate(number, DUE.plusDays(2)).getResponse().getStatus()).isEqualTo(200);
        runDueJobs();
        assertThat(dues(invoiceView(number).get("plan"))).as("nothing owed changed")
                .containsExactly("1 2026-04-01 400 OPEN", "2 2026-05-01 400 OPEN", "3 2026-06-01 200 OPEN");
        assertThat(letterTypes(number)).doesNotContain("PAYMENT_PLAN_CHANGED/EMAIL");

        assertThat(moveDueDate(number, LocalDate.of(2026, 1, 5)).getResponse().getStatus()).isEqualTo(200);
        runDueJobs();
        JsonNode view = invoiceView(number);
        BigDecimal owed = view.get("balance").decimalValue();
        assertThat(owed).as("late fees by the earlier date").isGreaterThan(new BigDecimal("1000.00"));
        List<String> dues = dues(view.get("plan"));
        assertThat(dues).startsWith("1 2026-04-01 400 OPEN", "2 2026-05-01 400 OPEN");
        BigDecimal asked = BigDecimal.ZERO;
        for (JsonNode instalment : view.at("/plan/instalments")) {
            asked = asked.add(instalment.get("amount").decimalValue());
        }
        assertThat(asked).as("the instalments ask what the invoice owes").isEqualByComparingTo(owed);
        assertThat(dossierText(number)).contains("Payment plan " + id + " changed: the due date of invoice " + number
                + " moved to 2026-01-05, and with it what it owes. The remaining balance of EUR "
                + owed.setScale(2).toPlainString());
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_CONFIRM_CHANGED_PLAN);
        assertThat(lettersOf(number, "PAYMENT_PLAN_CHANGED"))
                .singleElement().satisfies(m -> assertThat(m.getBodyText()).contains("The due date of invoice "
                        + number + " has been corrected"));

        // paying what the plan asks, on its days, pays the invoice and ends the plan as paid
        int k = 0;
        for (JsonNode instalment : view.at("/plan/instalments")) {
            travelTo(LocalDate.parse(instalment.get("dueDate").asText()).minusDays(1), 9);
            pay(number, instalment.get("amount").decimalValue().toPlainString(), "I" + ++k + "-" + number);
        }
        runDueJobs();
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(plan).isEnded().hasPassed(PaymentPlanProcess.END_PLAN_PAID);
    }

    /**
     * An invoice credited in full leaves the plan as a cancelled one does: the others pay what they owe at the agreed
     * instalment. Before, it left as paid and its credit note counted as the first instalment paid.
     */
    @Test
    void anInvoiceCreditedInFullLeavesThePlanAndTheOthersPayWhatTheyOwe() throws Exception {
        List<String> n = agreedPlanForTwoOfThree();
        String a = n.get(0), b = n.get(1);
        ProcessInstance plan = planCaseOf(a);
        ProcessInstance pb = caseOf(b);
        long id = invoiceView(a).at("/plan/id").asLong();

        creditNote(b, "500.00");
        runDueJobs();

        assertThat(pb).isEnded().hasPassed(CollectionProcess.END_CREDITED_BY_CREDIT_NOTE);
        JsonNode view = invoiceView(a).get("plan");
        assertThat(view.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(parts(view)).containsExactly(a + " COVERED", b + " WITHDRAWN");
        assertThat(dues(view)).containsExactly("1 2026-04-01 500 OPEN", "2 2026-05-01 500 OPEN");
        assertThat(dossierText(b)).contains("Leaves payment plan " + id + ": a credit note left nothing to pay on it");
        assertThat(dossierText(a)).contains("Payment plan " + id + " changed: invoice " + b + " left it credited in "
                + "full. The remaining balance of EUR 1000.00");
        assertThat(plan).hasPassed(PaymentPlanProcess.TASK_CONFIRM_CHANGED_PLAN);
        assertThat(lettersOf(a, "PAYMENT_PLAN_CHANGED"))
                .singleElement().satisfies(m -> assertThat(m.getBodyText()).contains("A credit note on invoice " + b
                        + " has lowered what you owe", "€500.00 on April 1, 2026; €500.00 on May 1, 2026"));

        // the credit note paid no instalment: the first one is still asked for
        travelTo(LocalDate.of(2026, 4, 4), 9);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.TASK_CALL_ABOUT_MISSED_INSTALMENT);
        assertThat(dossierText(a)).contains("Instalment 1 of EUR 500.00 due 2026-04-01: missed, EUR 500.00 short");
    }

    @Test
    void aDisputeDuringTheNegotiationTakesTheInvoiceOffItsListAndThePlanIsAgreedWithoutIt() throws Exception {
        String customer = newCustomerNumber();
        List<String> n = planForTwoOfThree(customer);
        String a = n.get(0), b = n.get(1);
        ProcessInstance plan = planCaseOf(a);

        MvcResult raised = raiseDispute(b, "Wrong hourly rate");
        assertThat(raised.getResponse().getStatus()).as(raised.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(caseOf(b)).hasPassed(CollectionProcess.EVENT_DISPUTE_RAISED_IN_PLAN)
                .isWaitingAt(CollectionProcess.TASK_RESOLVE_DISPUTE);
        assertThat(plan).isWaitingAt(PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
        Task negotiate = task(a, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN);
        assertThat(shown(negotiate.getId(), "invoicesToDiscuss")).contains(a)
                .doesNotContain(b);
        assertThat(tasks.getVariableLocal(negotiate.getId(), "totalOwed")).isEqualTo("EUR 1000.00");
        JsonNode view = invoiceView(b).get("plan");
        assertThat(view.get("status").asText()).isEqualTo("NEGOTIATING");
        assertThat(parts(view)).containsExactly(a + " COVERED", b + " DISPUTED");
        assertThat(dossierText(b)).contains("Leaves payment plan " + view.get("id").asLong()
                + " for a dispute (before it was agreed)");

        complete(a, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, Map.of("instalmentCount", 2,
                "instalmentAmount", 500, "firstInstalmentDate", "2026-04-01", "instalmentInterval", "P1M"));
        runDueJobs();
        assertThat(dossierText(a)).contains("agreed for EUR 1000.00");
        assertThat(dossierText(b)).doesNotContain("agreed for");
    }

    /**
     * The changed plan's letter names the invoice taken out of the agreed plan, not the one that left while the plan
     * was negotiated: the agreement already left that one out.
     */
    @Test
    void theChangedPlansLetterNamesOnlyWhatLeftTheAgreedPlan() throws Exception {
        String customer = newCustomerNumber();
        List<String> n = registerInvoicesOf(customer, DUE, "en", "1000.00", "500.00", "300.00");
        String a = n.get(0), b = n.get(1), c = n.get(2);
        travelTo(DUE.plusDays(1), 9);
        call(a, Map.of("callOutcome", "PAYMENT_PLAN", "planInvoices", a + "," + b + "," + c));
        assertThat(raiseDispute(b, "Never ordered").getResponse().getStatus()).isEqualTo(201);
        travelTo(DUE.plusDays(1), 11);
        complete(a, PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, THREE_OF_500);
        runDueJobs();
        assertThat(raiseDispute(c, "Wrong hours").getResponse().getStatus()).isEqualTo(201);
        runDueJobs();

        List<OutboxMessage> changed = messages(a).stream()
                .filter(m -> m.getLetterType().name().equals("PAYMENT_PLAN_CHANGED")).toList();
        assertThat(changed).singleElement().satisfies(m -> assertThat(m.getBodyText())
                .contains("Invoice " + c + " has been taken out of your payment plan").doesNotContain(b));
    }

    /** A credit note of the invoicing system over this amount, booked. */
    private void creditNote(String number, String amount) throws Exception {
        MvcResult credited = postJson("/api/invoices/" + number + "/credit-notes", Map.of("amount", amount,
                "reference", "CN-" + number));
        assertThat(credited.getResponse().getStatus()).as(credited.getResponse().getContentAsString()).isEqualTo(201);
    }

    /** The invoice's messages of one letter type. */
    private List<OutboxMessage> lettersOf(String number, String letterType) throws Exception {
        return messages(number).stream().filter(m -> m.getLetterType().name().equals(letterType)).toList();
    }

    private MvcResult moveDueDate(String number, LocalDate dueDate) throws Exception {
        return mvc.perform(put("/api/invoices/" + number + "/due-date").with(httpBasic(SYSTEM, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("dueDate",
                        dueDate.toString())))).andReturn();
    }

    private MvcResult raiseDispute(String number, String reason) throws Exception {
        return mvc.perform(post("/api/invoices/" + number + "/disputes").with(httpBasic(AGENT, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("reason", reason))))
                .andReturn();
    }

    /** As an agent does in Tasklist: the start form "Raise a dispute". */
    private ResponseEntity<String> raiseDisputeInTasklist(String number, String notes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(AGENT, PASSWORD);
        Map<String, Object> variables = Map.of("number", Map.of("value", number), "disputeNotes",
                Map.of("value", notes));
        return http.exchange("/engine-rest/process-definition/key/" + RaiseDisputeProcess.KEY + "/submit-form",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables), headers), String.class);
    }

    private static List<String> parts(JsonNode plan) {
        List<String> parts = new ArrayList<>();
        plan.get("invoices").forEach(p -> parts.add(p.get("number").asText() + " " + p.get("status").asText()));
        return parts;
    }

    private static List<String> dues(JsonNode plan) {
        List<String> dues = new ArrayList<>();
        plan.get("instalments").forEach(i -> dues.add(i.get("number").asInt() + " " + i.get("dueDate").asText() + " "
                + i.get("amount").decimalValue().stripTrailingZeros().toPlainString() + " "
                + i.get("status").asText()));
        return dues;
    }

    private MvcResult payAccount(String customer, String amount, String reference) throws Exception {
        MvcResult result = postJson("/api/customers/" + customer + "/payments", Map.of("amount", amount,
                "currency", "EUR", "paidAt", today().toString(), "reference", reference + UUID.randomUUID()
                        .toString().substring(0, 4)));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(200, 201);
        return result;
    }

    /** Runs the cases' jobs until the two asks for a plan are all that is left to run of them. */
    private List<Job> runJobsUntilAsks(List<String> caseIds) {
        return runJobsExcept(CollectionProcess.TASK_ASK_FOR_PAYMENT_PLAN).stream()
                .filter(job -> caseIds.contains(job.getProcessInstanceId())).toList();
    }
}
