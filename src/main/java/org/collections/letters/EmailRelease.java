package org.collections.letters;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.collections.customer.Customer;
import org.collections.policy.CollectionPolicy;
import org.collections.policy.SchedulePlanner;
import org.springframework.stereotype.Service;

/**
 * When an email to a customer may go out: within the customer's contact hours, and for a dunning letter only while
 * the customer has had fewer than the policy's dunning emails in the 7 days before, counted across all of its
 * invoices. Checked when the message is written and again when it is released, so a held-back email never goes out
 * over the limit.
 */
@Service
public class EmailRelease {

    static final Duration WEEK = Duration.ofDays(7);
    private static final List<LetterType> DUNNING = LetterType.dunningTypes();

    private final OutboxRepository outbox;
    private final SchedulePlanner planner;
    private final CollectionPolicy policy;

    public EmailRelease(OutboxRepository outbox, SchedulePlanner planner, CollectionPolicy policy) {
        this.outbox = outbox;
        this.planner = planner;
        this.policy = policy;
    }

    /** Held back: until when and why. */
    public record Hold(ZonedDateTime until, String reason) {
    }

    /**
     * Empty when the email may go out now; else the first moment it may. {@code self} is the message asked about,
     * which does not count against itself.
     */
    public Optional<Hold> check(Customer customer, LetterType type, Instant now, Long self) {
        Instant at = now;
        List<String> reasons = new ArrayList<>();
        int max = policy.emails().maxPerWeek();
        if (type.dunning()) {
            List<Instant> planned = outbox.findPlannedEmails(customer.getId(), DUNNING, now.minus(WEEK).minus(WEEK))
                    .stream().filter(m -> !m.getId().equals(self)).map(OutboxMessage::plannedAt).sorted().toList();
            for (int round = 0; round < planned.size(); round++) {
                Instant t = at;
                List<Instant> lastWeek = planned.stream().filter(p -> p.isAfter(t.minus(WEEK)) && !p.isAfter(t))
                        .toList();
                if (lastWeek.size() < max) {
                    break;
                }
                if (reasons.isEmpty()) {
                    reasons.add(lastWeek.size() + " dunning emails in the last 7 days (limit " + max + ")");
                }
                at = lastWeek.get(lastWeek.size() - max).plus(WEEK).plusSeconds(1);
            }
        }
        ZonedDateTime release = planner.nextContactMoment(customer.hours(planner.zone()), at);
        if (!release.toInstant().isAfter(now)) {
            return Optional.empty();
        }
        if (reasons.isEmpty()) {
            reasons.add("outside the customer's contact hours");
        }
        return Optional.of(new Hold(release, String.join("; ", reasons)));
    }
}
