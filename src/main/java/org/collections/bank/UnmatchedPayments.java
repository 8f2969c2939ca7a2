package org.collections.bank;

import org.collections.invoice.InvoiceEvents;
import org.collections.letters.LetterFormat;
import org.collections.text.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A payment another system reported for an invoice that does not exist (or in another currency) waits for an agent in
 * a Match payment task, as a bank payment nothing could book does; its business key is {@code PAYMENT-<id>}.
 */
@Component
public class UnmatchedPayments {

    static final String PREFIX = "PAYMENT-";

    private final PaymentMatcher matcher;
    private final ApplicationEventPublisher events;

    public UnmatchedPayments(PaymentMatcher matcher, ApplicationEventPublisher events) {
        this.matcher = matcher;
        this.events = events;
    }

    @EventListener
    public void keptUnmatched(InvoiceEvents.PaymentKeptUnmatched event) {
        String summary = "**Amount:** " + LetterFormat.of(java.util.Locale.ENGLISH).money(event.amount())
                + "\n**Paid on:** " + event.paidAt()
                + "\n**Reported by the invoicing system for invoice:** "
                + Texts.markdownLiteral(event.reportedInvoice())
                + "\n**Its reference:** " + Texts.markdownLiteral(event.reference());
        events.publishEvent(new BankEvents.PaymentToMatch(event.paymentId(), PREFIX + event.paymentId(), null, summary,
                event.why(), matcher.candidatesByAmount(event.amount())));
    }
}
