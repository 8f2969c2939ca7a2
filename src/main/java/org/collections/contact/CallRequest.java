package org.collections.contact;

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
import org.collections.dunning.CallOutcome;
import org.collections.policy.Stage;

/** An invoice case waiting for its customer to be called about it, and what the call gave for this invoice. */
@Entity
@Table(name = "call_request")
public class CallRequest {

    public enum Status {
        /** waiting for the call */
        OPEN,
        /** the call (or giving up for the week) gave this invoice an outcome */
        ANSWERED,
        /** the invoice case stopped waiting (paid, next stage, dispute) before the call */
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    private CallOutcome outcome;

    @Column(name = "promised_date")
    private LocalDate promisedDate;

    @Column(name = "promise_deadline")
    private Instant promiseDeadline;

    @Column(name = "customer_call_id")
    private Long customerCallId;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(nullable = false)
    private boolean delivered;

    protected CallRequest() {
    }

    CallRequest(Long customerId, Long invoiceId, Stage stage, Instant requestedAt) {
        this.customerId = customerId;
        this.invoiceId = invoiceId;
        this.stage = stage;
        this.status = Status.OPEN;
        this.requestedAt = requestedAt;
    }

    void answer(CallOutcome outcome, LocalDate promisedDate, Instant promiseDeadline, Long customerCallId,
            Instant at) {
        this.status = Status.ANSWERED;
        this.outcome = outcome;
        this.promisedDate = promisedDate;
        this.promiseDeadline = promiseDeadline;
        this.customerCallId = customerCallId;
        this.answeredAt = at;
    }

    void withdraw() {
        status = Status.WITHDRAWN;
    }

    void delivered() {
        delivered = true;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Stage getStage() {
        return stage;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public Instant getPromiseDeadline() {
        return promiseDeadline;
    }

    public Long getCustomerCallId() {
        return customerCallId;
    }
}
