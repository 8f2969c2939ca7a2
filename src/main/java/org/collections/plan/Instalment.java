package org.collections.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class Instalment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private PaymentPlan plan;

    @Column(nullable = false)
    private int number;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstalmentStatus status = InstalmentStatus.OPEN;

    protected Instalment() {
    }

    Instalment(PaymentPlan plan, int number, LocalDate dueDate, BigDecimal amount) {
        this.plan = plan;
        this.number = number;
        this.dueDate = dueDate;
        this.amount = amount;
    }

    void markPaid() {
        status = InstalmentStatus.PAID;
    }

    void markMissed() {
        status = InstalmentStatus.MISSED;
    }

    /** The plan changed (an invoice left it): this instalment asks for another amount, on its agreed day. */
    void changeAmount(BigDecimal newAmount) {
        amount = newAmount;
    }

    void moveTo(LocalDate newDueDate) {
        dueDate = newDueDate;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public InstalmentStatus getStatus() {
        return status;
    }

    public boolean isPaid() {
        return status == InstalmentStatus.PAID;
    }
}
