package org.collections.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.Job;
import org.collections.CaseTestSupport;
import org.collections.process.CollectionProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two payments for one invoice at the same moment, and a payment while a step of the case runs: the balance is
 * right, the case has one outcome, and no caller sees the collision (it is retried).
 */
class ConcurrentPaymentTest extends CaseTestSupport {

    private static final int ROUNDS = 12;

    @Autowired
    ConcurrencyRetries retries;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Runs both at once, released together by a latch; answers their results. */
    private <A, B> List<Object> together(Callable<A> first, Callable<B> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<A> a = threads.submit(() -> {
            start.await();
            return first.call();
        });
        Future<B> b = threads.submit(() -> {
            start.await();
            return second.call();
        });
        start.countDown();
        List<Object> results = new ArrayList<>();
        results.add(a.get());
        results.add(b.get());
        return results;
    }

    @Test
    void twoPaymentsAtTheSameMomentBothCountAndTheCaseEndsOnce() throws Exception {
        long retriesBefore = retries.count();
        for (int round = 0; round < ROUNDS; round++) {
            String number = newNumber();
            register(number, "1000.00", LocalDate.of(2026, 3, 20));
            List<Object> statuses = together(
                    () -> pay(number, "400.00", "A-" + number).getResponse().getStatus(),
                    () -> pay(number, "600.00", "B-" + number).getResponse().getStatus());
            assertThat(statuses).containsExactly(201, 201);
            runDueJobs();
            assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("0");
            assertThat(invoiceView(number).get("status").asText()).isEqualTo("PAID");
            assertThat(history.createHistoricActivityInstanceQuery().activityId(CollectionProcess.END_INVOICE_PAID)
                    .processInstanceId(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
                            .singleResult().getId()).count()).isEqualTo(1);
            assertThat(letterTypes(number).stream().filter("PAYMENT_RECEIPT/EMAIL"::equals)).hasSize(1);
        }
        System.out.println("Concurrent payments: " + (retries.count() - retriesBefore) + " retries in " + ROUNDS
                + " rounds");
    }

    @Test
    void aPaymentWhileAStepOfTheCaseRunsEndsTheCasePaidWithoutAnErrorToTheCaller() throws Exception {
        long retriesBefore = retries.count();
        int jobsThatLost = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String number = newNumber();
            register(number, "500.00", LocalDate.of(2026, 3, 20));
            // the pre-due timer fires; its step (sending the reminder by mail) runs beside the payment
            management.executeJob(management.createJobQuery().processInstanceId(caseOf(number).getId()).timers()
                    .singleResult().getId());
            Job step = management.createJobQuery().processInstanceId(caseOf(number).getId()).singleResult();
            long delay = (round % 4) * 4L;
            List<Object> results = together(
                    () -> {
                        try {
                            management.executeJob(step.getId());
                            return "job ran";
                        } catch (RuntimeException e) {
                            // the job executor would retry it; the case has ended, so there is nothing left to do
                            return "job lost: " + e.getClass().getSimpleName();
                        }
                    },
                    () -> {
                        // vary who gets there first, so both orders happen
                        Thread.sleep(delay);
                        return pay(number, "500.00", "P-" + number).getResponse().getStatus();
                    });
            assertThat(results.get(1)).as("the payment's answer").isEqualTo(201);
            if (results.get(0).toString().startsWith("job lost")) {
                jobsThatLost++;
            }
            runDueJobs();
            assertThat(caseOf(number)).isNull();
            assertThat(invoiceView(number).get("status").asText()).isEqualTo("PAID");
            assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("0");
            assertThat(letterTypes(number).stream().filter("PAYMENT_RECEIPT/EMAIL"::equals)).hasSize(1);
        }
        System.out.println("Payment beside a running step: " + (retries.count() - retriesBefore) + " payment retries, "
                + jobsThatLost + " steps lost to the payment, in " + ROUNDS + " rounds");
    }
}
