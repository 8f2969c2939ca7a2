package org.collections.dunning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.collections.policy.Stage;
import org.collections.text.InputLimits;

/** One call to the customer, with its outcome and the agent's notes. */
@Entity
@Table(name = "call_record")
public class CallRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallOutcome outcome;

    @Column(name = "promised_date")
    private LocalDate promisedDate;

    @Column(length = InputLimits.CALL_NOTES)
    private String notes;

    @Column(nullable = false)
    private String actor;

    /** the call to the customer this record is part of; null for calls from before contact cases */
    @Column(name = "customer_call_id")
    private Long customerCallId;

    protected CallRecord() {
    }

    /** One invoice's part of a call to the customer. */
    public static CallRecord partOf(Long customerCallId, Long invoiceId, Instant at, Stage stage, CallOutcome outcome,
            LocalDate promisedDate, String notes, String actor) {
        CallRecord record = new CallRecord(invoiceId, at, stage, outcome, promisedDate, notes, actor);
        record.customerCallId = customerCallId;
        return record;
    }

    CallRecord(Long invoiceId, Instant at, Stage stage, CallOutcome outcome, LocalDate promisedDate, String notes,
            String actor) {
        this.invoiceId = invoiceId;
        this.at = at;
        this.stage = stage;
        this.outcome = outcome;
        this.promisedDate = promisedDate;
        this.notes = notes;
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Long getCustomerCallId() {
        return customerCallId;
    }

    public Instant getAt() {
        return at;
    }

    public Stage getStage() {
        return stage;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public String getNotes() {
        return notes;
    }

    public String getActor() {
        return actor;
    }
}
