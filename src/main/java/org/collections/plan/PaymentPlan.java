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
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's payment plan across one or more of its invoices ({@link PlanInvoice}): negotiated first, then agreed
 * as fixed instalments at a fixed interval, the last one the remainder, for the sum of the covered balances.
 */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan {

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
            BigDecimal settledAtAgreement, Instant agreedAt, String agreedBy) {
        this.instalmentCount = count;
        this.instalmentAmount = amount;
        this.firstInstalment = first;
        this.instalmentInterval = interval.toString();
        this.settledAtAgreement = settledAtAgreement;
        this.agreedAt = agreedAt;
        this.agreedBy = agreedBy;
        this.status = PlanStatus.ACTIVE;
        for (int n = 1; n <= count; n++) {
            BigDecimal due = n < count ? amount : balance.subtract(amount.multiply(BigDecimal.valueOf(count - 1L)));
            instalments.add(new Instalment(this, n, first.plus(interval.multipliedBy(n - 1)), due));
        }
    }

    void settled() {
        status = PlanStatus.SETTLED;
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
