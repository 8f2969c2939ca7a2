package org.collections.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.collections.CaseTestSupport;
import org.collections.letters.Channel;
import org.collections.letters.LetterService;
import org.collections.letters.OutboxMessage;
import org.collections.process.CustomerContactProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contact happens in the customer's own hours: an Israeli customer is never contacted on a Friday or Saturday, a
 * customer in New York never before 08:00 New York time, whatever the business's zone (Amsterdam here). The case
 * runs from registration through day 60 with every call unanswered, and every call task and email is checked.
 */
class CustomerHoursTest extends CaseTestSupport {

    @Autowired
    LetterService letters;

    /** When each call task appeared and each email went out, for a case walked to its final demand's deadline. */
    private List<ZonedDateTime> contactsOfACaseIn(String zone, String country) throws Exception {
        customerTimeZone = zone;
        customerCountry = country;
        String number = newNumber();
        register(number, "500.00", START.toLocalDate().plusDays(3));
        String customer = number; // the helpers give each invoice a customer numbered like it
        ZonedDateTime end = START.plusDays(80);
        for (int step = 0; step < 200; step++) {
            runDueJobs();
            letters.releaseHeldBack();
            List<Task> calls = tasks.createTaskQuery().processDefinitionKey(CustomerContactProcess.KEY)
                    .processInstanceBusinessKey(customer).list();
            if (!calls.isEmpty()) {
                call(number, Map.of("callOutcome", "NO_ANSWER"));
                continue;
            }
            Instant next = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).list().stream()
                    .flatMap(i -> management.createJobQuery().processInstanceId(i.getId()).list().stream())
                    .map(Job::getDuedate)
                    .filter(d -> d != null).map(java.util.Date::toInstant)
                    .filter(d -> d.isAfter(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()))
                    .min(Comparator.naturalOrder()).orElse(null);
            List<OutboxMessage> held = messages(number).stream().filter(m -> m.getNotBefore() != null
                    && m.getSentAt() == null).toList();
            Instant release = held.stream().map(OutboxMessage::getNotBefore).min(Comparator.naturalOrder()).orElse(null);
            if (release != null && (next == null || release.isBefore(next))) {
                next = release;
            }
            if (next == null || next.isAfter(end.toInstant())) {
                break;
            }
            travelTo(next.atZone(ZONE));
        }
        List<ZonedDateTime> contacts = new ArrayList<>();
        ZoneId customerZone = ZoneId.of(zone);
        history.createHistoricTaskInstanceQuery().processDefinitionKey(CustomerContactProcess.KEY)
                .processInstanceBusinessKey(customer).list()
                .forEach(t -> contacts.add(t.getStartTime().toInstant().atZone(customerZone)));
        messages(number).stream().filter(m -> m.getChannel() == Channel.EMAIL && m.getSentAt() != null)
                .forEach(m -> contacts.add(m.getSentAt().atZone(customerZone)));
        assertThat(history.createHistoricTaskInstanceQuery().processDefinitionKey(CustomerContactProcess.KEY)
                .processInstanceBusinessKey(customer).count()).as("calls made").isGreaterThanOrEqualTo(4);
        assertThat(contacts.size()).as("contacts").isGreaterThanOrEqualTo(8);
        return contacts;
    }

    private static void assertWithinHours(List<ZonedDateTime> contacts, Set<DayOfWeek> daysOff) {
        for (ZonedDateTime at : contacts) {
            assertThat(at.getDayOfWeek()).as(at.toString()).isNotIn(daysOff.toArray());
            assertThat(at.toLocalTime()).as(at.toString()).isAfterOrEqualTo(LocalTime.of(8, 0))
                    .isBefore(LocalTime.of(21, 0));
        }
    }

    @Test
    void anIsraeliCustomerIsNeverContactedOnAFridayOrSaturday() throws Exception {
        List<ZonedDateTime> contacts = contactsOfACaseIn("Asia/Jerusalem", "IL");
        assertWithinHours(contacts, Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
        assertThat(contacts).anyMatch(at -> at.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    @Test
    void aNewYorkCustomerIsNeverContactedBeforeEightNewYorkTime() throws Exception {
        List<ZonedDateTime> contacts = contactsOfACaseIn("America/New_York", "US");
        assertWithinHours(contacts, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(contacts).allMatch(at -> at.getHour() == 9 || at.getHour() == 8);
    }

    @Test
    void nextStepAtCarriesTheCustomersOffset() throws Exception {
        customerTimeZone = "America/New_York";
        customerCountry = "US";
        String number = newNumber();
        // due on Thursday 5 March 2026 (New York is on EST, UTC-5, until 8 March): day 1 is Friday 6 March
        register(number, "500.00", START.toLocalDate().plusDays(3));
        runDueJobs();
        String at = invoiceView(number).get("nextStepAt").asText();
        assertThat(at).as(at).endsWith("-05:00");
        java.time.OffsetDateTime planned = java.time.OffsetDateTime.parse(at);
        assertThat(planned.getOffset()).isEqualTo(java.time.ZoneOffset.ofHours(-5));
        assertThat(planned.toLocalTime()).isAfterOrEqualTo(LocalTime.of(8, 0)).isBefore(LocalTime.of(21, 0));
    }
}
