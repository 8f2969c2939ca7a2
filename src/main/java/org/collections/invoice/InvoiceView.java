package org.collections.invoice;

import org.collections.claim.Claim;
import org.collections.customer.Customer;
import org.collections.customer.CustomerType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import org.collections.dossier.DossierEntry;
import org.collections.hold.HoldView;
import org.collections.plan.PlanView;
import org.collections.policy.Stage;

/**
 * Answer of {@code GET /api/invoices/{number}}: the invoice, what it owes today part by part (the one calculation of
 * {@code claim/ClaimService}: {@code balance} = amount + fees + interest + costs - paid - credited), its next step,
 * its dossier, a running promise or hold, and the payment plan it asked for last ({@code plan}, with its status and
 * instalments; null when it never asked for one).
 */
public record InvoiceView(
        String number,
        InvoiceStatus status,
        Stage stage,
        String currency,
        String paymentReference,
        BigDecimal amount,
        BigDecimal fees,
        BigDecimal interest,
        BigDecimal costs,
        BigDecimal paid,
        BigDecimal credited,
        BigDecimal balance,
        LocalDate issueDate,
        LocalDate dueDate,
        long daysOverdue,
        boolean ongoingWork,
        boolean lateFeeAllowed,
        ClaimView claim,
        CustomerView customer,
        String nextStep,
        OffsetDateTime nextStepAt,
        List<Entry> dossier,
        HoldView hold,
        PlanView plan) {

    public record CustomerView(String number, String name, String email, String phone, String address, CustomerType type,
            String locale, String timeZone, String country) {

        static CustomerView of(Customer c) {
            return new CustomerView(c.getNumber(), c.getName(), c.getEmail(), c.getPhone(), c.getAddress(), c.getType(),
                    c.getLocale(), c.getTimeZone(), c.getCountry());
        }
    }

    /**
     * How the balance comes about: what is still open of each part after the payments were allocated (in the order
     * {@code paymentOrder} names), each late fee, the interest rule and the costs with the law behind them.
     */
    public record ClaimView(BigDecimal principalOwed, BigDecimal feesOwed, BigDecimal interestOwed,
            BigDecimal costsOwed, List<Fee> lateFees, String lateFeeNote, LocalDate interestAndCostsClaimedFrom,
            String interestRule, String interestSource, List<InterestPeriod> interestPeriods, String costsBasis,
            String costsSource, LocalDate fourteenDayLetterDeadline, String paymentOrder) {

        public record Fee(int number, LocalDate on, BigDecimal amount) {
        }

        public record InterestPeriod(LocalDate from, LocalDate until, long days, BigDecimal percent, BigDecimal base,
                BigDecimal amount) {
        }

        static ClaimView of(Invoice i, Claim c) {
            return new ClaimView(c.principalOwed().amount(), c.feesOwed().amount(), c.interestOwed().amount(),
                    c.costsOwed().amount(),
                    c.lateFees().stream().map(f -> new Fee(f.number(), f.on(), f.amount().amount())).toList(),
                    c.lateFees().isEmpty() ? c.lateFeeNote() : null, i.getClaimsFrom(), c.interestRule(),
                    c.interestSource(), c.interestLines().stream().map(l -> new InterestPeriod(l.from(),
                            l.until().minusDays(1), l.days(), l.percent(), l.base(), l.amount())).toList(),
                    c.costsBasis(), c.costsSource(), i.getFourteenDayDeadline(), c.paymentOrder());
        }
    }

    public record Entry(Instant at, String type, String summary, String actor) {

        public static Entry of(DossierEntry e) {
            return new Entry(e.getAt(), e.getType().name(), e.getSummary(), e.getActor());
        }
    }

    static InvoiceView of(Invoice i, Claim c, long daysOverdue, CaseProgress.NextStep next, ZoneId zone,
            List<DossierEntry> dossier, HoldView hold, PlanView plan) {
        return new InvoiceView(i.getNumber(), i.getStatus(), i.getStage(), i.currency().getCurrencyCode(),
                i.paymentReference().electronic(),
                i.amount().amount(), c.fees().amount(), c.interest().amount(), c.costs().amount(),
                c.paid().amount(), c.credited().amount(), c.balance().amount(), i.getIssueDate(), i.getDueDate(),
                i.isOpen() ? daysOverdue : 0, i.hasOngoingWork(), i.isLateFeeAllowed(), ClaimView.of(i, c), CustomerView.of(i.getCustomer()),
                next == null ? null : next.name(),
                next == null ? null : next.at().atZone(i.getCustomer().hours(zone).zone()).toOffsetDateTime(),
                dossier.stream().map(Entry::of).toList(), i.isOpen() ? hold : null, plan);
    }
}
