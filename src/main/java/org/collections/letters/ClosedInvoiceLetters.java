package org.collections.letters;

import java.util.List;
import org.collections.dossier.Dossier;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceEvents;
import org.collections.invoice.InvoiceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes back the dunning letters, and the confirmations of a promise or plan to pay, that still wait to go out (an
 * email held back until the customer's contact hours or the weekly limit, a letter waiting to be posted) once every
 * invoice they are about is closed: paid, credited or cancelled. A reminder arriving after the payment tells the
 * customer we did not see it. Runs in the transaction that closes the invoice, so the letter and the closing stand or
 * fall together.
 */
@Component
class ClosedInvoiceLetters {

    private static final Logger log = LoggerFactory.getLogger(ClosedInvoiceLetters.class);
    private static final List<LetterType> MOOT_ONCE_CLOSED = LetterType.mootOnceClosed();

    private final OutboxItemRepository items;
    private final InvoiceRepository invoices;
    private final LetterService letters;
    private final OutboxRepository outbox;

    ClosedInvoiceLetters(OutboxItemRepository items, InvoiceRepository invoices, LetterService letters,
            OutboxRepository outbox) {
        this.outbox = outbox;
        this.items = items;
        this.invoices = invoices;
        this.letters = letters;
    }

    @EventListener
    void paid(InvoiceEvents.InvoicePaidInFull event) {
        withdraw(event.invoiceId(), "paid");
    }

    @EventListener
    void credited(InvoiceEvents.InvoiceCredited event) {
        withdraw(event.invoiceId(), "settled by a credit note");
    }

    @EventListener
    void cancelled(InvoiceEvents.InvoiceVoided event) {
        withdraw(event.invoiceId(), "cancelled");
    }

    private void withdraw(Long invoiceId, String how) {
        for (OutboxMessage message : items.waitingFor(invoiceId, MOOT_ONCE_CLOSED)) {
            List<Long> covered = items.invoicesOf(List.of(message.getId())).stream()
                    .map(OutboxItemRepository.CoveredInvoice::invoiceId).toList();
            // a letter about several invoices still goes out while one of them is owed
            boolean allClosed = invoices.findAllById(covered.isEmpty() ? List.of(invoiceId) : covered).stream()
                    .noneMatch(Invoice::isOpen);
            // on the row, not on the copy read above: a sender may claim the email at this moment; once the row
            // is taken back (and locked until this commits), the copy says the same
            String why = "withdrawn: the invoice was " + how + " before it went out";
            if (allClosed && outbox.withdraw(message.getId(), why) == 1 && message.withdraw(why)) {
                letters.recordInDossiers(message, "\"" + message.getSubject() + "\" (" + message.getChannel()
                        + ") withdrawn, not sent: the invoice was " + how + " before it went out", Dossier.SYSTEM);
                log.info("Message {} ({}) withdrawn: invoice #{} {}", message.getId(), message.getLetterType(),
                        invoiceId, how);
            }
        }
    }
}
