package org.collections.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment plan as the API shows it (on the invoice it covered, and on the customer's account): its status (an agreed
 * plan is {@code ACTIVE}; it ends {@code SETTLED} when paid, {@code DEFAULTED}, {@code STOPPED} by a customer-wide stop
 * or {@code ENDED} when no invoice is left in it), each invoice it covered with its part ({@code COVERED} still in
 * it, {@code SETTLED} paid, {@code DISPUTED} taken out for a dispute, {@code STOPPED}, {@code WITHDRAWN}), and its
 * instalments, the paid ones and those still to pay (after an invoice left the plan, recomputed for the others); once
 * a plan ended unpaid its unpaid instalments show {@code CANCELLED}: the invoices' balance is what is owed.
 */
public record PlanView(long id, PlanStatus status, Instant agreedAt, BigDecimal instalmentAmount,
        String instalmentInterval, List<Part> invoices, List<Due> instalments) {

    /** An invoice of the plan and how it stands in it. */
    public record Part(String number, PlanInvoice.Status status) {
    }

    public record Due(int number, LocalDate dueDate, BigDecimal amount, InstalmentStatus status) {
    }
}
