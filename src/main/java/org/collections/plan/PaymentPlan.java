package org.collections.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's payment plan across one or more of its invoices ({@link PlanInvoice}): negotiated first, then agreed
 * as fixed instalments at a fixed interval, the last one the remainder, for the sum of the covered balances.
 */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan {

    /** The kind of change of invoices taken out of the agreed plan (disputed, cancelled, their case cancelled). */
    static final String TAKEN_OUT = "taken-out";

    /** more would not fit the column of a pending change; the letter lists the plan's invoices anyway */
    private static final int MAX_NOTED_INVOICES = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.NEGOTIATING;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "instalment_count")
    private Integer instalmentCount;

    @Column(name = "instalment_amount")
    private BigDecimal instalmentAmount;

    @Column(name = "first_instalment")
    private LocalDate firstInstalment;

    @Column(name = "instalment_interval")
    private String instalmentInterval;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "agreed_by")
    private String agreedBy;

    /** paid plus credited on the covered invoices when the plan was agreed; instalments count what came since */
    @Column(name = "settled_at_agreement")
    private BigDecimal settledAtAgreement;

    /**
     * credited on the covered invoices when the plan was agreed or last changed: a credit note pays no instalment, so
     * what was credited since is not counted as received; null for a plan that ended before this was kept
     */
    @Column(name = "credited_at_agreement")
    private BigDecimal creditedAtAgreement;

    /** what changed the plan since the last letter about a change: its kind, a space, the invoices concerned */
    @Column(name = "pending_change")
    private String pendingChange;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Instalment> instalments = new ArrayList<>();

    @Version
    private long version;

    protected PaymentPlan() {
    }

    PaymentPlan(Long customerId, Instant requestedAt) {
        this.customerId = customerId;
        this.requestedAt = requestedAt;
    }

    void agree(int count, BigDecimal amount, BigDecimal balance, LocalDate first, Period interval,
            BigDecimal settledAtAgreement, BigDecimal creditedAtAgreement, Instant agreedAt, String agreedBy) {
        this.instalmentCount = count;
        this.instalmentAmount = amount;
        this.firstInstalment = first;
        this.instalmentInterval = interval.toString();
        this.settledAtAgreement = settledAtAgreement;
        this.creditedAtAgreement = creditedAtAgreement;
        this.agreedAt = agreedAt;
        this.agreedBy = agreedBy;
        this.status = PlanStatus.ACTIVE;
        for (int n = 1; n <= count; n++) {
            BigDecimal due = n < count ? amount : balance.subtract(amount.multiply(BigDecimal.valueOf(count - 1L)));
            instalments.add(new Instalment(this, n, first.plus(interval.multipliedBy(n - 1)), due));
        }
    }

    /** No invoice is left in the plan: it ends as {@code how} (settled, stopped, or ended with its invoices gone). */
    void ended(PlanStatus how) {
        if (how != PlanStatus.SETTLED && how != PlanStatus.STOPPED && how != PlanStatus.ENDED) {
            throw new IllegalArgumentException("a plan with no invoice left ends settled, stopped or ended, not " + how);
        }
        status = how;
    }

    /**
     * An invoice left the agreed plan unpaid (a dispute): the instalments not yet paid are agreed anew on what the
     * invoices still in the plan owe, {@code remaining}. The agreed instalment amount stays (what the customer said
     * it can pay, within the policy), so fewer instalments are needed; they keep their agreed dates (a missed one
     * keeps its state), the last is the rest, and any further one follows at the agreed interval. The instalments
     * paid so far stay as they are, and from now on the check counts what comes in from here: {@code settledNow} is
     * paid plus credited on the invoices whose payments count for the plan, the one that left no longer among them,
     * {@code creditedNow} the credited part of it.
     *
     * @return the instalments still to pay
     */
    List<Instalment> rebase(BigDecimal remaining, BigDecimal settledNow, BigDecimal creditedNow) {
        if (status != PlanStatus.ACTIVE) {
            throw new IllegalStateException("only an agreed plan is changed, not one " + status);
        }
        List<Instalment> open = instalments.stream().filter(i -> !i.isPaid()).toList();
        BigDecimal paid = instalments.stream().filter(Instalment::isPaid).map(Instalment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // received since then = what came in beyond this, so exactly the paid instalments count as received now
        settledAtAgreement = settledNow.subtract(paid);
        creditedAtAgreement = creditedNow;
        int needed = Math.max(1, remaining.divide(instalmentAmount, 0, RoundingMode.CEILING).intValue());
        int firstOpen = open.isEmpty() ? instalments.size() + 1 : open.get(0).getNumber();
        Period interval = Period.parse(instalmentInterval);
        // a further instalment follows the last one at the agreed interval
        LocalDate last = open.isEmpty() ? instalments.get(instalments.size() - 1).getDueDate() : null;
        List<Instalment> kept = new ArrayList<>();
        for (int k = 0; k < needed; k++) {
            BigDecimal amount = k < needed - 1 ? instalmentAmount
                    : remaining.subtract(instalmentAmount.multiply(BigDecimal.valueOf(needed - 1L)));
            if (k < open.size()) {
                Instalment instalment = open.get(k);
                instalment.changeAmount(amount);
                last = instalment.getDueDate();
                kept.add(instalment);
            } else {
                last = last.plus(interval);
                Instalment added = new Instalment(this, firstOpen + k, last, amount);
                instalments.add(added);
                kept.add(added);
            }
        }
        instalments.removeAll(open.subList(Math.min(needed, open.size()), open.size()));
        instalmentCount = firstOpen - 1 + needed;
        return kept;
    }

    /**
     * What came in for the instalments since the plan was agreed (or last changed), given what is paid plus credited
     * and what is credited on the invoices that count for it now: the money, not the credit notes. A plan agreed
     * before credits were kept apart counts them, as it did.
     */
    BigDecimal receivedSince(BigDecimal settledNow, BigDecimal creditedNow) {
        BigDecimal received = settledNow.subtract(settledAtAgreement);
        return creditedAtAgreement == null ? received : received.subtract(creditedNow.subtract(creditedAtAgreement));
    }

    /**
     * Marks paid every instalment that {@code received} pays in full, counted from the first, also before its day: an
     * instalment paid ahead stays paid when the plan is changed.
     */
    void markPaidUpTo(BigDecimal received) {
        instalments.stream().filter(i -> !i.isPaid() && dueUpTo(i.getNumber()).compareTo(received) <= 0)
                .forEach(Instalment::markPaid);
    }

    /**
     * Notes for the next letter about the changed plan that the invoice changed it ({@code kind}, e.g. credited; no
     * invoice to name when {@code invoiceNumber} is null). Of several changes before it goes out, the letter tells the
     * latest kind, with every invoice changed that way, except that invoices taken out of the plan are always told.
     */
    void noteChange(String kind, String invoiceNumber) {
        Optional<PlanChange> pending = pendingChange();
        if (pending.isPresent() && pending.get().kind().equals(TAKEN_OUT) && !kind.equals(TAKEN_OUT)) {
            return;
        }
        List<String> numbers = new ArrayList<>();
        pending.filter(p -> p.kind().equals(kind)).ifPresent(p -> numbers.addAll(p.invoiceNumbers()));
        if (invoiceNumber != null && !numbers.contains(invoiceNumber) && numbers.size() < MAX_NOTED_INVOICES) {
            numbers.add(invoiceNumber);
        }
        pendingChange = kind + " " + String.join(",", numbers);
    }

    /** What changed the plan since the last letter about it (see {@link #noteChange}), now told: empty after this. */
    Optional<PlanChange> takeChange() {
        Optional<PlanChange> change = pendingChange();
        pendingChange = null;
        return change;
    }

    private Optional<PlanChange> pendingChange() {
        return Optional.ofNullable(pendingChange).map(c -> c.split(" ", 2))
                .map(parts -> new PlanChange(parts[0], parts.length < 2 || parts[1].isEmpty() ? List.of()
                        : List.of(parts[1].split(","))));
    }

    /** A kind of change to an agreed plan and the invoices that made it. */
    record PlanChange(String kind, List<String> invoiceNumbers) {
    }

    void defaulted() {
        status = PlanStatus.DEFAULTED;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public boolean isNegotiating() {
        return status == PlanStatus.NEGOTIATING;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    public BigDecimal getInstalmentAmount() {
        return instalmentAmount;
    }

    public String getInstalmentInterval() {
        return instalmentInterval;
    }

    public BigDecimal getSettledAtAgreement() {
        return settledAtAgreement;
    }

    public List<Instalment> getInstalments() {
        return instalments;
    }

    public Instalment instalment(int number) {
        return instalments.stream().filter(i -> i.getNumber() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plan " + id + " has no instalment " + number));
    }

    /** What should have come in by the end of instalment {@code number}. */
    public BigDecimal dueUpTo(int number) {
        return instalments.stream().filter(i -> i.getNumber() <= number).map(Instalment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
