package org.collections.hold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Every contact with a customer stopped: why, when, who; and when a manager lifted the stop. */
@Entity
@Table(name = "customer_stop")
public class CustomerStop {

    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StopReason reason;

    private String note;

    @Column(name = "stopped_at", nullable = false)
    private Instant stoppedAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    protected CustomerStop() {
    }

    CustomerStop(Long customerId, StopReason reason, String note, Instant stoppedAt, String actor) {
        this.customerId = customerId;
        this.reason = reason;
        this.note = note;
        this.stoppedAt = stoppedAt;
        this.actor = actor;
    }

    void lift(Instant at, String by) {
        this.liftedAt = at;
        this.liftedBy = by;
    }

    public StopReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }

    public String getActor() {
        return actor;
    }
}
