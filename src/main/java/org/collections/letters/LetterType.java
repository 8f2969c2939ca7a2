package org.collections.letters;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every message the journey sends. The channels say how it goes out: post letters are rendered as PDF and
 * wait in the outbox for printing; {@code INTERNAL} goes to the business's own delivery team and
 * {@code PARTNER} to the lawyer, agency, factor or court named in {@code collections.letters.partners}.
 */
public enum LetterType {
    PRE_DUE_REMINDER(Channel.EMAIL),
    OVERDUE_REMINDER(Channel.EMAIL),
    INVOICE_COPY(Channel.EMAIL, Channel.POST),
    PROMISE_CONFIRMATION(Channel.EMAIL),
    LATE_NOTICE(Channel.EMAIL, Channel.POST),
    STOP_WORK(Channel.INTERNAL),
    RESUME_WORK(Channel.INTERNAL),
    FINAL_DEMAND(Channel.EMAIL, Channel.POST),
    PAYMENT_PLAN_CONFIRMATION(Channel.EMAIL),
    /** an invoice left an agreed plan (a dispute): the instalments still to pay for the invoices still in it */
    PAYMENT_PLAN_CHANGED(Channel.EMAIL),
    INSTALMENT_REMINDER(Channel.EMAIL),
    PLAN_DEFAULTED(Channel.EMAIL, Channel.POST),
    DISPUTE_RESOLVED(Channel.EMAIL),
    INVOICE_CANCELLED(Channel.EMAIL),
    AGENCY_DISCOUNT_OFFER(Channel.EMAIL, Channel.POST),
    PAYMENT_RECEIPT(Channel.EMAIL),
    LAWYER_INSTRUCTION("lawyer"),
    COURT_INSTRUCTION("lawyer"),
    AGENCY_HANDOVER("agency"),
    FACTORING_OFFER("factor"),
    SMALL_CLAIM("court");

    private final Set<Channel> channels;
    private final String partner;

    LetterType(Channel first, Channel... more) {
        this.channels = EnumSet.of(first, more);
        this.partner = null;
    }

    LetterType(String partner) {
        this.channels = EnumSet.of(Channel.PARTNER);
        this.partner = partner;
    }

    public Set<Channel> channels() {
        return channels;
    }

    /** Which partner of {@code collections.letters.partners} receives it, for partner letters. */
    public String partner() {
        return partner;
    }

    /** Letters to the customer are in the customer's language; the others in the business's. */
    public boolean toCustomer() {
        return !channels.contains(Channel.INTERNAL) && !channels.contains(Channel.PARTNER);
    }

    /**
     * A dunning letter: a reminder, notice, demand or copy of the invoice that we send on our initiative. The weekly
     * limit on emails counts these; replies and confirmations (receipts, a confirmed promise or plan, a dispute's
     * outcome, a cancellation) go out whatever the count.
     */
    /** The kinds of letter that ask for payment ({@link #dunning()}). */
    public static List<LetterType> dunningTypes() {
        return Arrays.stream(values()).filter(LetterType::dunning).toList();
    }

    /**
     * The letters that mean nothing once every invoice they are about is closed: those asking for payment, and the
     * confirmations of a promise or plan to pay.
     */
    public static List<LetterType> mootOnceClosed() {
        return Arrays.stream(values()).filter(t -> t.dunning() || t == PROMISE_CONFIRMATION
                || t == PAYMENT_PLAN_CONFIRMATION || t == PAYMENT_PLAN_CHANGED).toList();
    }

    public boolean dunning() {
        return switch (this) {
            case PRE_DUE_REMINDER, OVERDUE_REMINDER, INVOICE_COPY, LATE_NOTICE, FINAL_DEMAND, INSTALMENT_REMINDER,
                    PLAN_DEFAULTED, AGENCY_DISCOUNT_OFFER -> true;
            default -> false;
        };
    }

    /** Key prefix of this letter's texts in {@code letters/messages*.properties}. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }
}
