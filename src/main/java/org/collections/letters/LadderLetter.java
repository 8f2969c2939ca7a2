package org.collections.letters;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.collections.invoice.Invoice;
import org.collections.policy.CaseSchedule;
import org.collections.policy.Stage;

/**
 * The letters of the dunning ladder, which a customer gets once per kind and day however many invoices call for
 * them: when one invoice's step sends such a letter, it also covers the customer's other invoices for which the same
 * letter is due now. Plain rules, no database: {@link LetterService} asks them about each of the customer's invoices.
 */
public enum LadderLetter {
    PRE_DUE_REMINDER(LetterType.PRE_DUE_REMINDER, Stage.PRE_DUE, CaseSchedule::preDueReminderAt),
    OVERDUE_REMINDER(LetterType.OVERDUE_REMINDER, Stage.DAY_1, CaseSchedule::day1At),
    LATE_NOTICE(LetterType.LATE_NOTICE, Stage.DAY_30, CaseSchedule::day30At),
    FINAL_DEMAND(LetterType.FINAL_DEMAND, Stage.DAY_60, CaseSchedule::day60At);

    private final LetterType type;
    private final Stage stage;
    private final Function<CaseSchedule, ZonedDateTime> dueAt;

    LadderLetter(LetterType type, Stage stage, Function<CaseSchedule, ZonedDateTime> dueAt) {
        this.type = type;
        this.stage = stage;
        this.dueAt = dueAt;
    }

    /** The ladder letter of this type; empty for every other letter, which covers only the invoices it is sent for. */
    public static Optional<LadderLetter> of(LetterType type) {
        return Arrays.stream(values()).filter(l -> l.type == type).findFirst();
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Whether this letter, sent now, also covers {@code other} (an invoice of the same customer, planned by
     * {@code schedule} from its own due date): it is open, still on the ladder and not past this letter's rung
     * (a dispute, a payment plan, the route decision, the legal route or a closed case never qualify), and its own
     * date for this letter has come. Whether it already has this letter is the outbox's to say.
     */
    public boolean covers(Invoice other, CaseSchedule schedule, ZonedDateTime now) {
        return other.isOpen() && onLadderUpTo(other.getStage()) && !dueAt.apply(schedule).isAfter(now);
    }

    private boolean onLadderUpTo(Stage current) {
        return current != null && current.compareTo(Stage.DAY_60) <= 0 && current.compareTo(stage) <= 0;
    }
}
