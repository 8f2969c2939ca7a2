package org.collections.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.hold.CaseHold;
import org.collections.hold.CaseHoldRepository;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceMovement;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.Money;
import org.collections.jurisdiction.ClaimRules;
import org.collections.jurisdiction.Compounding;
import org.collections.jurisdiction.InterestRule;
import org.collections.jurisdiction.JurisdictionRules;
import org.collections.jurisdiction.RatePeriod;
import org.collections.jurisdiction.WikScale;
import org.collections.policy.CollectionPolicy;
import org.collections.policy.SchedulePlanner;
import org.collections.policy.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an invoice owes, from one calculation ({@link ClaimCalculator}) for everything a customer or a manager sees:
 * the API, the letters, the Tasklist briefings. {@link #current} computes it for today without changing anything;
 * {@link #update} books it on the invoice (each new late fee with its key and a dossier entry, interest and costs as
 * of today), so lists, totals and the decision on a payment read the same figures. Runs in the caller's transaction.
 */
@Service
public class ClaimService {

    private static final int FOURTEEN_DAYS = 14;
    private static final String LATE_FEE_KEY = "LATE_FEE_";

    private final JurisdictionRules law;
    private final CollectionPolicy policy;
    private final FeeChargeRepository fees;
    private final SchedulePlanner planner;
    private final Dossier dossier;
    private final Clock clock;
    private final InvoiceRepository invoices;
    private final CaseHoldRepository holds;

    public ClaimService(JurisdictionRules law, CollectionPolicy policy, FeeChargeRepository fees,
            SchedulePlanner planner, Dossier dossier, Clock clock, InvoiceRepository invoices,
            CaseHoldRepository holds) {
        this.holds = holds;
        this.law = law;
        this.policy = policy;
        this.fees = fees;
        this.planner = planner;
        this.dossier = dossier;
        this.clock = clock;
        this.invoices = invoices;
    }

    /** The day claims are worked out as of: today in the business's zone. */
    public LocalDate today() {
        return planner.today();
    }

    /** The claim as of today, computed, not booked. */
    public Claim current(Invoice invoice) {
        return ClaimCalculator.claim(facts(invoice), planner.today());
    }

    /** What an open invoice owed at the end of {@code day}, by the movements known now; computed, nothing booked. */
    public Money balanceOn(Invoice invoice, LocalDate day) {
        return ClaimCalculator.claim(facts(invoice), day).balance();
    }

    /** What an invoice owes today: computed while it is open, as it was closed after. */
    public Money balance(Invoice invoice) {
        return invoice.isOpen() ? current(invoice).balance() : invoice.balance();
    }

    /** The claim of a stored invoice as of today, computed, not booked. */
    @Transactional(readOnly = true)
    public Claim currentOf(Long invoiceId) {
        return claimOn(invoiceId, planner.today());
    }

    /** What a stored invoice owes on a day, as far as is known today. */
    @Transactional(readOnly = true)
    public Claim claimOn(Long invoiceId, LocalDate day) {
        return ClaimCalculator.claim(facts(invoices.findById(invoiceId).orElseThrow()), day);
    }

    /**
     * What the invoice would owe today had {@code payment} been paid on {@code paidAt} as well; computed, nothing
     * booked. Negative when the payment is more than the invoice owed.
     */
    public Money balanceIfPaid(Invoice invoice, Money payment, LocalDate paidAt) {
        ClaimFacts f = facts(invoice);
        List<Movement> movements = new ArrayList<>(f.movements());
        movements.add(new Movement(paidAt, Movement.Kind.PAYMENT, payment.amount()));
        ClaimFacts paid = new ClaimFacts(f.currency(), f.principal(), f.dueDate(), f.rules(), f.interest(),
                f.lateFees(), f.contractCosts(), f.claimsFrom(), f.fourteenDayDeadline(), movements, f.pauses(),
                f.closedOn(), f.feePostponements());
        return ClaimCalculator.claim(paid, planner.today()).balance();
    }

    public ClaimRules rulesFor(Invoice invoice) {
        return law.rulesFor(invoice.getCustomer().getCountry(), invoice.getCustomer().getType());
    }

    /**
     * Brings the invoice up to today: records each late fee that fell due and was not recorded yet (safe to repeat:
     * each fee has its own key), and keeps the fees, interest and costs as calculated now.
     */
    public Claim update(Invoice invoice) {
        Claim claim = current(invoice);
        withdrawFeesNoLongerOwed(invoice, claim);
        for (LateFee fee : claim.lateFees()) {
            String key = feeKey(fee);
            if (fees.existsByInvoiceIdAndFeeKey(invoice.getId(), key)) {
                continue;
            }
            String reason = ordinal(fee.number()) + " late fee, due since " + fee.on() + " ("
                    + ChronoUnit.DAYS.between(invoice.getDueDate(), fee.on()) + " days late)";
            fees.save(new FeeCharge(invoice.getId(), key, fee.amount().amount(), clock.instant(), reason));
            dossier.record(invoice.getId(), EntryType.FEE, "Late fee " + fee.amount() + ": " + reason,
                    Dossier.SYSTEM);
        }
        boolean costsNew = !invoice.costs().isPositive() && claim.costs().isPositive();
        invoice.claimed(claim.fees(), claim.interest(), claim.costs(), claim.asOf());
        if (costsNew) {
            dossier.record(invoice.getId(), EntryType.FEE, "Collection costs " + claim.costs() + " claimed: "
                    + claim.costsBasis() + " (" + claim.costsSource() + ")", Dossier.SYSTEM);
        }
        return claim;
    }

    /**
     * A payment learnt of late (a bank statement, a backdated booking) can settle the claim before a fee booked since
     * fell due, and a due date moved later can put a fee's day after today: that fee was never owed, and the dossier
     * says so next to the line that booked it.
     */
    private void withdrawFeesNoLongerOwed(Invoice invoice, Claim claim) {
        if (!invoice.fees().greaterThan(claim.fees())) {
            return;
        }
        Set<String> owed = claim.lateFees().stream().map(ClaimService::feeKey).collect(Collectors.toSet());
        for (FeeCharge booked : fees.findByInvoiceId(invoice.getId())) {
            if (booked.getFeeKey().startsWith(LATE_FEE_KEY) && !owed.contains(booked.getFeeKey())) {
                fees.delete(booked);
                dossier.record(invoice.getId(), EntryType.FEE, "Late fee " + new Money(booked.getAmount(),
                        invoice.currency()) + " withdrawn (" + booked.getReason() + "): by the payments and the due "
                        + "date known now it never fell due", Dossier.SYSTEM);
            }
        }
    }

    /** The key a late fee is booked under, once per invoice. */
    private static String feeKey(LateFee fee) {
        return LATE_FEE_KEY + fee.number();
    }

    /**
     * The case reached {@code stage}: from the policy's stage on, statutory interest and costs are claimed (once;
     * interest still runs from the day after the due date). Books the claim as of today.
     */
    public Claim stageReached(Invoice invoice, Stage stage) {
        if (invoice.getClaimsFrom() == null && claimsAt(stage)) {
            invoice.claimFrom(planner.today());
            ClaimRules rules = rulesFor(invoice);
            Optional<InterestRule> interest = interestRule(rules);
            dossier.record(invoice.getId(), EntryType.FEE, "From today the claim includes "
                    + interest.map(r -> r.name() + " (" + r.source() + ") from " + invoice.getDueDate().plusDays(1))
                            .orElse("no interest (" + rules.jurisdiction() + ")")
                    + "; collection costs: " + rules.compensationSource(), Dossier.SYSTEM);
        }
        return update(invoice);
    }

    private boolean claimsAt(Stage stage) {
        Stage from = policy.claims().from();
        return switch (stage) {
            case DAY_1, DAY_30, DAY_60 -> stage.ordinal() >= from.ordinal();
            case ROUTE_DECISION, LEGAL -> true;
            default -> false;
        };
    }

    /** Whether the law of the customer's country wants the Dutch 14-day letter before collection costs. */
    public boolean fourteenDayLetterRequired(Invoice invoice) {
        return rulesFor(invoice).fourteenDayLetterFirst() && "EUR".equals(invoice.currency().getCurrencyCode());
    }

    /**
     * The 14-day letter: its term ends 14 days after the day it is received (art. 6:96 lid 6 BW), counted from the first
     * one sent; the costs are those owed if the claim is unpaid after it, on the principal open now.
     */
    public FourteenDayTerm fourteenDayLetter(Invoice invoice) {
        Money costs = WikScale.costs(current(invoice).principalOwed().max(Money.zero(invoice.currency())));
        if (invoice.getFourteenDayDeadline() == null) {
            invoice.fourteenDayLetterSent(planner.today().plus(policy.claims().letterReceipt()).plusDays(FOURTEEN_DAYS));
            dossier.record(invoice.getId(), EntryType.FEE, "14-day letter: if the claim is not paid by "
                    + invoice.getFourteenDayDeadline() + ", collection costs of " + costs + " are owed ("
                    + WikScale.SOURCE + ")", Dossier.SYSTEM);
        }
        return new FourteenDayTerm(invoice.getFourteenDayDeadline(), costs);
    }

    /** The last day to pay under the 14-day letter, and the costs owed after it. */
    public record FourteenDayTerm(LocalDate deadline, Money costs) {
    }

    public ClaimFacts facts(Invoice invoice) {
        ClaimRules rules = rulesFor(invoice);
        List<Movement> movements = new ArrayList<>();
        List<Pause> pauses = new ArrayList<>();
        LocalDate pausedFrom = null;
        for (InvoiceMovement m : invoice.getMovements()) {
            switch (m.kind()) {
                case PAYMENT -> movements.add(new Movement(m.on(), Movement.Kind.PAYMENT, m.amount()));
                case CREDIT -> movements.add(new Movement(m.on(), Movement.Kind.CREDIT, m.amount()));
                case PAUSE -> pausedFrom = m.on();
                case RESUME -> {
                    if (pausedFrom != null) {
                        pauses.add(new Pause(pausedFrom, m.on()));
                        pausedFrom = null;
                    }
                }
            }
        }
        if (pausedFrom != null) {
            pauses.add(new Pause(pausedFrom, null));
        }
        LocalDate closedOn = invoice.getClosedAt() == null ? null : planner.dateOf(invoice.getClosedAt());
        return new ClaimFacts(invoice.currency(), invoice.amount().amount(), invoice.getDueDate(), rules,
                interestRule(rules), lateFeeTerms(invoice), policy.claims().contractCostsIn(invoice.currency()),
                invoice.getClaimsFrom(), invoice.getFourteenDayDeadline(), movements, pauses, closedOn,
                feePostponements(invoice));
    }

    /** Promises and holds postpone a late fee to their end, unless the policy charges it all the same. */
    private List<FeePostponement> feePostponements(Invoice invoice) {
        if (policy.lateFee().duringHold() == CollectionPolicy.FeeDuringHold.CHARGE || invoice.getId() == null) {
            return List.of();
        }
        return holds.findByInvoiceIdOrderByStartedAtAscIdAsc(invoice.getId()).stream()
                .map(h -> new FeePostponement(planner.dateOf(h.getStartedAt()), planner.dateOf(h.heldUntil())))
                .filter(p -> p.until().isAfter(p.from()))
                .toList();
    }

    /** The statutory rule, or where none applies the contract's interest as the policy names it. */
    private Optional<InterestRule> interestRule(ClaimRules rules) {
        if (rules.interest().isPresent()) {
            return rules.interest();
        }
        BigDecimal percent = policy.claims().contractInterestPercent();
        return percent.signum() == 0 ? Optional.empty()
                : Optional.of(new InterestRule("contractual interest", "the contract (collections.policy.claims)",
                        List.of(new RatePeriod(LocalDate.of(1900, 1, 1), percent)), BigDecimal.ZERO,
                        Compounding.NONE));
    }

    private LateFeeTerms lateFeeTerms(Invoice invoice) {
        CollectionPolicy.LateFee terms = policy.lateFee();
        if (!invoice.isLateFeeAllowed()) {
            return LateFeeTerms.noFee("the contract does not allow a late fee");
        }
        Optional<BigDecimal> amount = terms.amountIn(invoice.currency());
        if (amount.isEmpty()) {
            return LateFeeTerms.noFee("the policy has no late fee in " + invoice.currency().getCurrencyCode());
        }
        return new LateFeeTerms(amount, policy.stages().day30(), terms.every(), terms.maxCharges(), "");
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
