package org.collections.invoice;

import org.collections.customer.Customer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.collections.policy.Stage;

/**
 * One invoice and its running account. The balance is derived (amount + fees + interest + costs - paid - credited),
 * never stored, so it cannot drift from the parts it is made of. Fees, interest and costs are those of the last
 * calculation of the claim ({@code claim/ClaimService}), which every booking brings up to date; each payment, credit
 * and pause is kept with its day, because interest runs on what was open on each day.
 */
@Entity
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String number;

    @ManyToOne(fetch = FetchType.EAGER, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private BigDecimal fees = BigDecimal.ZERO;

    @Column(nullable = false)
    private BigDecimal interest = BigDecimal.ZERO;

    @Column(nullable = false)
    private BigDecimal costs = BigDecimal.ZERO;

    /** the day up to which interest and costs were last calculated */
    @Column(name = "interest_until")
    private LocalDate interestUntil;

    @Column(name = "claims_from")
    private LocalDate claimsFrom;

    @Column(name = "fourteen_day_deadline")
    private LocalDate fourteenDayDeadline;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "invoice_movement", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    private List<InvoiceMovement> movements = new ArrayList<>();

    @Column(nullable = false)
    private BigDecimal paid = BigDecimal.ZERO;

    @Column(nullable = false)
    private BigDecimal credited = BigDecimal.ZERO;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "ongoing_work", nullable = false)
    private boolean ongoingWork;

    /** this invoice reached the stage where work for the customer stops until it is settled */
    @Column(name = "work_stopped", nullable = false)
    private boolean workStopped;

    @Column(name = "late_fee_allowed", nullable = false)
    private boolean lateFeeAllowed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status = InvoiceStatus.OPEN;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "discount_offer")
    private BigDecimal discountOffer;

    @Column(name = "discount_offer_until")
    private LocalDate discountOfferUntil;

    @Version
    private long version;

    protected Invoice() {
    }

    public Invoice(String number, Customer customer, Money amount, LocalDate issueDate, LocalDate dueDate,
            boolean ongoingWork, boolean lateFeeAllowed, Instant registeredAt) {
        this.number = number;
        this.customer = customer;
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.ongoingWork = ongoingWork;
        this.lateFeeAllowed = lateFeeAllowed;
        this.registeredAt = registeredAt;
    }

    public Money balance() {
        return amount().plus(fees()).plus(interest()).plus(costs()).minus(paid()).minus(credited());
    }

    public boolean isOpen() {
        return status == InvoiceStatus.OPEN;
    }

    void addPayment(Money payment, LocalDate on) {
        paid = paid().plus(payment).amount();
        movements.add(new InvoiceMovement(InvoiceMovement.Kind.PAYMENT, on, payment.amount()));
    }

    /**
     * What was paid on the invoice leaves it (for the customer's account): as if it had not been paid here, so that
     * the money is counted in one place. Answers how much left.
     */
    public Money returnPayments(LocalDate on) {
        Money returned = paid();
        if (returned.isPositive()) {
            paid = paid().minus(returned).amount();
            movements.add(new InvoiceMovement(InvoiceMovement.Kind.PAYMENT, on, returned.amount().negate()));
        }
        return returned;
    }

    /** What {@link #returnPayments} moved off the invoice, in all. */
    public Money returnedPayments() {
        return new Money(movements.stream().filter(m -> m.kind() == InvoiceMovement.Kind.PAYMENT
                && m.amount().signum() < 0).map(m -> m.amount().negate()).reduce(BigDecimal.ZERO, BigDecimal::add),
                currency());
    }

    public void credit(Money credit, LocalDate on) {
        credited = credited().plus(credit).amount();
        movements.add(new InvoiceMovement(InvoiceMovement.Kind.CREDIT, on, credit.amount()));
    }

    /** Money recovered through a legal action: it lowers the balance like a payment, without closing the case. */
    public void recordRecovery(Money recovered, LocalDate on) {
        addPayment(recovered, on);
    }

    /** From {@code on}, nothing is added to the claim (a payment plan holds it), until {@link #resumeClaim}. */
    public void pauseClaim(LocalDate on) {
        if (!isClaimPaused()) {
            movements.add(new InvoiceMovement(InvoiceMovement.Kind.PAUSE, on, BigDecimal.ZERO));
        }
    }

    public void resumeClaim(LocalDate on) {
        if (isClaimPaused()) {
            movements.add(new InvoiceMovement(InvoiceMovement.Kind.RESUME, on, BigDecimal.ZERO));
        }
    }

    private boolean isClaimPaused() {
        return movements.stream().filter(m -> m.kind() == InvoiceMovement.Kind.PAUSE).count()
                > movements.stream().filter(m -> m.kind() == InvoiceMovement.Kind.RESUME).count();
    }

    /** The claim for statutory interest and costs begins on {@code on}, once. */
    public void claimFrom(LocalDate on) {
        if (claimsFrom == null) {
            claimsFrom = on;
        }
    }

    /** The Dutch 14-day letter went out; collection costs are owed only if the claim is unpaid after this day. */
    public void fourteenDayLetterSent(LocalDate deadline) {
        if (fourteenDayDeadline == null) {
            fourteenDayDeadline = deadline;
        }
    }

    /** Keeps the claim's late fees, interest and costs as calculated up to {@code until}. */
    public void claimed(Money fees, Money interest, Money costs, LocalDate until) {
        this.fees = fees.amount();
        this.interest = interest.amount();
        this.costs = costs.amount();
        this.interestUntil = until;
    }

    public List<InvoiceMovement> getMovements() {
        return List.copyOf(movements);
    }

    public LocalDate getClaimsFrom() {
        return claimsFrom;
    }

    /** The 14-day letter never reached the customer (a stop took it back): its term never ran. */
    public void fourteenDayLetterWithdrawn() {
        fourteenDayDeadline = null;
    }

    public LocalDate getFourteenDayDeadline() {
        return fourteenDayDeadline;
    }

    public LocalDate getInterestUntil() {
        return interestUntil;
    }

    /** Offers to forgive {@code discount} if the rest is paid by {@code until} (before an agency hand-over). */
    public void offerDiscount(Money discount, LocalDate until) {
        this.discountOffer = discount.amount();
        this.discountOfferUntil = until;
    }

    /** Whether a payment made on {@code paidAt} leaves no more than the offered discount owing, in time. */
    boolean settledByDiscountOffer(LocalDate paidAt) {
        return discountOffer != null && !paidAt.isAfter(discountOfferUntil) && balance().isPositive()
                && balance().amount().compareTo(discountOffer) <= 0;
    }

    /**
     * What a payment made on {@code paidAt} has to bring to settle the invoice: the balance, or less where a
     * settlement offer still holds then (the rest is forgiven, see {@link #settledByDiscountOffer}).
     */
    public Money settlingAmount(LocalDate paidAt) {
        Money balance = balance();
        boolean offered = discountOffer != null && !paidAt.isAfter(discountOfferUntil)
                && balance.amount().compareTo(discountOffer) > 0;
        return offered ? balance.minus(new Money(discountOffer, currency())) : balance;
    }

    public void close(InvoiceStatus outcome, Instant at) {
        if (outcome == InvoiceStatus.OPEN) {
            throw new IllegalArgumentException("closing needs an outcome");
        }
        this.status = outcome;
        this.stage = Stage.CLOSED;
        this.closedAt = at;
    }

    /**
     * The invoicing system moved the due date; the case re-plans from it. A later due date: a claim of interest and costs that began by it never began (the case claims again when it
     * reaches that stage), and a 14-day letter written about the earlier date starts no term.
     */
    public void changeDueDate(LocalDate dueDate) {
        if (dueDate.isAfter(this.dueDate)) {
            if (claimsFrom != null && !claimsFrom.isAfter(dueDate)) {
                claimsFrom = null;
            }
            fourteenDayDeadline = null;
        }
        this.dueDate = dueDate;
    }

    public void moveTo(Stage stage) {
        this.stage = stage;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Money amount() {
        return new Money(amount, currency());
    }

    public Money fees() {
        return new Money(fees, currency());
    }

    public Money interest() {
        return new Money(interest, currency());
    }

    public Money costs() {
        return new Money(costs, currency());
    }

    public Money paid() {
        return new Money(paid, currency());
    }

    public Money credited() {
        return new Money(credited, currency());
    }

    /** The structured (RF) reference a customer pays this invoice with; see {@link CreditorReference}. */
    public CreditorReference paymentReference() {
        return CreditorReference.invoice(id);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean hasOngoingWork() {
        return ongoingWork;
    }

    public void holdWork() {
        workStopped = true;
    }

    public boolean holdsWork() {
        return workStopped;
    }

    public boolean isLateFeeAllowed() {
        return lateFeeAllowed;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public Stage getStage() {
        return stage;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
