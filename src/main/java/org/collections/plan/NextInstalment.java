package org.collections.plan;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.collections.invoice.Money;

/** The instalment the plan waits for: remind before it, check it after its grace. */
public record NextInstalment(int number, LocalDate dueDate, Money amount, ZonedDateTime reminderAt,
        ZonedDateTime deadlineAt) {
}
