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
import org.collections.dunning.CallOutcome;
import org.collections.text.InputLimits;

/** One call to a customer, however many invoices it was about. The contact limits count these. */
@Entity
@Table(name = "customer_call")
public class CustomerCall {

    static final int MAX_CONTACT = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallOutcome outcome;

    /** who was called: role, name and number */
    @Column(nullable = false, length = MAX_CONTACT)
    private String contact;

    @Column(length = InputLimits.CALL_NOTES)
    private String notes;

    @Column(nullable = false)
    private String actor;

    /** the customer asked to be called again: the quiet days after this conversation do not hold the next call */
    @Column(name = "call_back_asked", nullable = false)
    private boolean callBackAsked;

    protected CustomerCall() {
    }

    CustomerCall(Long customerId, Instant at, CallOutcome outcome, String contact, String notes, String actor,
            boolean callBackAsked) {
        this.callBackAsked = callBackAsked;
        this.customerId = customerId;
        this.at = at;
        this.outcome = outcome;
        this.contact = contact;
        this.notes = notes;
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public boolean isCallBackAsked() {
        return callBackAsked;
    }

    /** whether someone answered: a conversation, after which the quiet days hold further calls */
    public boolean isConversation() {
        return outcome != CallOutcome.NO_ANSWER;
    }

    public Instant getAt() {
        return at;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public String getContact() {
        return contact;
    }

    public String getNotes() {
        return notes;
    }

    public String getActor() {
        return actor;
    }
}
