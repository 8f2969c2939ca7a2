package org.collections.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.collections.CaseTestSupport;
import org.collections.letters.LetterType;
import org.collections.letters.OutboxMessage;
import org.junit.jupiter.api.Test;

/** One stop-work notice per customer, and one resume notice once nothing late holds the work any more. */
class StopWorkPerCustomerTest extends CaseTestSupport {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    private void registerWithWork(String customer, String number, LocalDate due) throws Exception {
        register(invoiceOf(customer, number, "500.00", due, true, "en", "BUSINESS"));
    }

    private long notices(LetterType type, String... numbers) throws Exception {
        long count = 0;
        for (String number : numbers) {
            List<OutboxMessage> all = messages(number);
            count += all.stream().filter(m -> m.getLetterType() == type).count();
        }
        return count;
    }

    @Test
    void theFirstInvoiceAtDayThirtyStopsWorkAndTheLastOneSettledResumesIt() throws Exception {
        String customer = newCustomerNumber();
        String a = newNumber();
        String b = newNumber();
        String c = newNumber();
        registerWithWork(customer, a, DUE);
        registerWithWork(customer, b, DUE);
        registerWithWork(customer, c, DUE.plusDays(3));
        travelTo(DUE.plusDays(30), 9);
        travelTo(DUE.plusDays(33), 9);

        assertThat(notices(LetterType.STOP_WORK, a, b, c)).as("one stop-work notice for the customer").isEqualTo(1);
        assertThat(dossierText(b) + dossierText(a) + dossierText(c)).contains("is stopped already");
        assertThat(getJson("/api/customers/" + customer).get("dossier").toString()).contains("Work stopped: invoice");

        pay(a, "530.00", "BANK-" + a);
        pay(b, "530.00", "BANK-" + b);
        runDueJobs();
        assertThat(notices(LetterType.RESUME_WORK, a, b, c)).as("c still holds the work").isZero();
        assertThat(dossierText(b) + dossierText(a)).contains("stays stopped");

        pay(c, "530.00", "BANK-" + c);
        runDueJobs();
        assertThat(notices(LetterType.RESUME_WORK, a, b, c)).isEqualTo(1);
        assertThat(dossierText(c)).contains("may resume");

        // the next invoice to reach day 30 stops work again
        String d = newNumber();
        registerWithWork(customer, d, DUE.plusDays(10));
        travelTo(DUE.plusDays(40), 9);
        assertThat(notices(LetterType.STOP_WORK, d)).isEqualTo(1);
    }

    @Test
    void twoCustomersEachGetTheirOwnNotices() throws Exception {
        String first = newCustomerNumber();
        String second = newCustomerNumber();
        String a = newNumber();
        String b = newNumber();
        registerWithWork(first, a, DUE);
        registerWithWork(second, b, DUE);
        // day 30 is a Sunday: the call waits for Monday, the customer's next working day
        travelTo(DUE.plusDays(31), 9);
        assertThat(notices(LetterType.STOP_WORK, a)).isEqualTo(1);
        assertThat(notices(LetterType.STOP_WORK, b)).isEqualTo(1);

        complete(a, CALL_TASK, Map.of("callOutcome", "DISPUTED", "callNotes", "Wrong hours"));
        runDueJobs();
        complete(a, "Task_ResolveDispute", Map.of("disputeResolution", "CANCEL_INVOICE"));
        runDueJobs();
        assertThat(notices(LetterType.RESUME_WORK, a)).isEqualTo(1);
        assertThat(notices(LetterType.RESUME_WORK, b)).isZero();
    }
}
