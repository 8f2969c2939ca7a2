package org.collections.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.collections.text.Texts;

/**
 * A message of the outbox: one letter on one channel to one customer, made by the step of one invoice
 * ({@link #getInvoiceId()}) and covering that invoice and possibly others of the same customer (its
 * {@link OutboxItem}s). The items, unique per invoice, step and channel, are what makes a retried step find its
 * message instead of writing a second one.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final int MAX_BODY = 100_000;
    public static final int MAX_SUBJECT = 255;
    public static final int MAX_RECIPIENT = 800;
    public static final int MAX_LAST_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "step_key", nullable = false)
    private String stepKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_type", nullable = false)
    private LetterType letterType;

    @Column(nullable = false, length = MAX_RECIPIENT)
    private String recipient;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(name = "body_html", nullable = false, length = MAX_BODY)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = MAX_BODY)
    private String bodyText;

    @Column(nullable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_LAST_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** an email held back (outside the customer's contact hours, or over the weekly limit) goes out from then on */
    @Column(name = "not_before")
    private Instant notBefore;

    protected OutboxMessage() {
    }

    OutboxMessage(Long invoiceId, Long customerId, String stepKey, Channel channel, LetterType letterType,
            String recipient, RenderedLetter letter, Instant createdAt) {
        this.invoiceId = invoiceId;
        this.customerId = customerId;
        this.stepKey = stepKey;
        this.channel = channel;
        this.letterType = letterType;
        this.recipient = recipient;
        this.subject = letter.subject();
        this.bodyHtml = letter.html();
        this.bodyText = letter.text();
        this.locale = letter.locale().toLanguageTag();
        this.status = channel == Channel.POST ? OutboxStatus.TO_POST : OutboxStatus.PENDING;
        this.createdAt = createdAt;
    }

    void holdUntil(Instant at) {
        notBefore = at;
    }

    /** Whether it may go out at {@code now}: not held back, or its time has come. */
    public boolean isDue(Instant now) {
        return notBefore == null || !notBefore.isAfter(now);
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    /** When it went or goes out: held back until a time, else when it was written. */
    Instant plannedAt() {
        return notBefore == null ? createdAt : notBefore;
    }

    void failed(String error) {
        status = OutboxStatus.PENDING;
        lastError = error == null ? "unknown error" : Texts.fit(error, MAX_LAST_ERROR);
    }

    void sent(Instant at) {
        status = OutboxStatus.SENT;
        sentAt = at;
        lastError = null;
    }

    void uncertain() {
        status = OutboxStatus.UNCERTAIN;
        lastError = "a node stopped while handing this message to the mail server; check its log before resending";
    }

    /**
     * Opens why a customer-wide stop took a letter back: its step may write it again once the stop is lifted
     * ({@link LetterService#releaseStepsWithdrawnByStop}).
     */
    public static final String WITHDRAWN_BY_STOP = "withdrawn by a customer-wide stop: ";

    public boolean withdrawnByStop() {
        return status == OutboxStatus.WITHDRAWN && lastError != null && lastError.startsWith(WITHDRAWN_BY_STOP);
    }

    /** Takes the message back before it went out (every contact with the customer stopped); false once sent. */
    public boolean withdraw(String why) {
        if (status != OutboxStatus.PENDING && status != OutboxStatus.TO_POST) {
            return false;
        }
        status = OutboxStatus.WITHDRAWN;
        lastError = Texts.fit(why, MAX_LAST_ERROR);
        return true;
    }

    void posted(Instant at) {
        status = OutboxStatus.POSTED;
        sentAt = at;
    }

    /** A deterministic Message-ID, so that even a mail server that receives a resend can tell it is the same. */
    public String messageId() {
        return "<collections." + invoiceId + "." + stepKey.replaceAll("[^A-Za-z0-9.-]", "-") + "."
                + channel.name().toLowerCase() + "@collections.local>";
    }

    public Long getId() {
        return id;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    /** The customer the letter is written to or about. */
    public Long getCustomerId() {
        return customerId;
    }

    public String getStepKey() {
        return stepKey;
    }

    public Channel getChannel() {
        return channel;
    }

    public LetterType getLetterType() {
        return letterType;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getLocale() {
        return locale;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
