package org.collections.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One invoice a message covers. Unique per invoice, step and channel: a step finds its letter here, whether its own
 * invoice made it or another invoice's letter covered it, so no invoice gets the same letter twice.
 */
@Entity
@Table(name = "outbox_item")
public class OutboxItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private Long messageId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private Long invoiceId;

    @Column(name = "step_key", nullable = false, updatable = false)
    private String stepKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    protected OutboxItem() {
    }

    OutboxItem(OutboxMessage message, Long invoiceId) {
        this.messageId = message.getId();
        this.invoiceId = invoiceId;
        this.stepKey = message.getStepKey();
        this.channel = message.getChannel();
    }

    public Long getMessageId() {
        return messageId;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public String getStepKey() {
        return stepKey;
    }

    public Channel getChannel() {
        return channel;
    }
}
