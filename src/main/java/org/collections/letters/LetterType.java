package org.collections.letters;

import java.util.Set;

/**
 * Every message the journey sends. The channels say how it goes out: post letters are rendered as PDF and
 * wait in the outbox for printing; {@code INTERNAL} goes to the business's own delivery team.
 */
public enum LetterType {
    PRE_DUE_REMINDER(Channel.EMAIL),
    OVERDUE_REMINDER(Channel.EMAIL),
    INVOICE_COPY(Channel.EMAIL, Channel.POST),
    PROMISE_CONFIRMATION(Channel.EMAIL),
    LATE_NOTICE(Channel.EMAIL, Channel.POST),
    STOP_WORK(Channel.INTERNAL),
    FINAL_DEMAND(Channel.EMAIL, Channel.POST),
    PAYMENT_PLAN_CONFIRMATION(Channel.EMAIL),
    INSTALMENT_REMINDER(Channel.EMAIL),
    PLAN_DEFAULTED(Channel.EMAIL, Channel.POST),
    DISPUTE_RESOLVED(Channel.EMAIL),
    INVOICE_CANCELLED(Channel.EMAIL),
    AGENCY_DISCOUNT_OFFER(Channel.EMAIL, Channel.POST),
    PAYMENT_RECEIPT(Channel.EMAIL);

    private final Set<Channel> channels;

    LetterType(Channel first, Channel... more) {
        this.channels = java.util.EnumSet.of(first, more);
    }

    public Set<Channel> channels() {
        return channels;
    }

    /** Key prefix of this letter's texts in {@code letters/messages*.properties}. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }
}
