package org.collections.letters;

import java.time.Clock;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.policy.SchedulePlanner;
import org.collections.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes letters into the outbox and sends them. Idempotent per case, step and channel: the message is stored
 * (in its own transaction) before it is sent, so a retried step finds it instead of writing a second one.
 *
 * <p>Sending never happens twice. A message is claimed ({@code SENDING}, committed) before it is handed to the
 * mail server and marked {@code SENT} right after. A refusal by the server puts it back to {@code PENDING} for the
 * retry. A claim found still open by a retry means a node stopped in the middle of handing it over: whether it
 * went out is unknown, so it is marked {@code UNCERTAIN} for a person to check, and not sent again.
 */
@Service
public class LetterService {

    private static final Logger log = LoggerFactory.getLogger(LetterService.class);

    private final OutboxRepository outbox;
    private final InvoiceRepository invoices;
    private final LetterRenderer renderer;
    private final MailGateway mail;
    private final Dossier dossier;
    private final SchedulePlanner planner;
    private final LettersProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public LetterService(OutboxRepository outbox, InvoiceRepository invoices, LetterRenderer renderer,
            MailGateway mail, Dossier dossier, SchedulePlanner planner, LettersProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.invoices = invoices;
        this.renderer = renderer;
        this.mail = mail;
        this.dossier = dossier;
        this.planner = planner;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Sends one letter of one step of a case on each of its channels.
     *
     * @throws LetterNotSentException when the mail server refuses; the caller's step should be retried
     */
    public void send(Long invoiceId, LetterType type, String stepKey, LetterDetails details) {
        for (Channel channel : type.channels()) {
            OutboxMessage message = ownTransaction.execute(tx -> prepare(invoiceId, type, stepKey, channel, details));
            if (message.getStatus() == OutboxStatus.SENDING) {
                ownTransaction.executeWithoutResult(tx -> interrupted(message.getId()));
            } else if (message.getStatus() == OutboxStatus.PENDING && mail.enabled()) {
                deliver(message);
            }
        }
    }

    private OutboxMessage prepare(Long invoiceId, LetterType type, String stepKey, Channel channel,
            LetterDetails details) {
        return outbox.findByInvoiceIdAndStepKeyAndChannel(invoiceId, stepKey, channel).orElseGet(() -> {
            Invoice invoice = invoices.findById(invoiceId).orElseThrow();
            RenderedLetter letter = renderer.render(type, invoice, details, planner.today(),
                    planner.daysOverdue(invoice.getDueDate()));
            String recipient = recipient(invoice, channel, type);
            OutboxMessage message = outbox.saveAndFlush(
                    new OutboxMessage(invoiceId, stepKey, channel, type, recipient, letter, clock.instant()));
            if (channel == Channel.POST) {
                dossier.record(invoiceId, EntryType.LETTER, "\"" + letter.subject() + "\" ready to post to "
                        + recipient.replace('\n', ' '), Dossier.SYSTEM);
            } else if (!mail.enabled()) {
                dossier.record(invoiceId, EntryType.LETTER, "\"" + letter.subject() + "\" for " + recipient
                        + " waits in the outbox: no mail server is configured", Dossier.SYSTEM);
            }
            return message;
        });
    }

    private void interrupted(Long messageId) {
        OutboxMessage message = outbox.findById(messageId).orElseThrow();
        if (message.getStatus() != OutboxStatus.SENDING) {
            return;
        }
        message.uncertain();
        outbox.save(message);
        dossier.record(message.getInvoiceId(), EntryType.LETTER, "\"" + message.getSubject() + "\" to "
                + message.getRecipient() + " may not have gone out: sending was interrupted; not sent again, "
                + "to be checked and resent by hand", Dossier.SYSTEM);
        log.warn("Outbox message {} ({} for invoice {}) was being sent when a node stopped: marked UNCERTAIN",
                messageId, message.getLetterType(), message.getInvoiceId());
    }

    private void deliver(OutboxMessage message) {
        Integer claimed = ownTransaction.execute(tx -> outbox.claim(message.getId()));
        if (claimed == null || claimed == 0) {
            return;
        }
        try {
            mail.send(message);
        } catch (MailException e) {
            ownTransaction.executeWithoutResult(tx -> outbox.findById(message.getId()).ifPresent(m -> {
                m.failed(e.getMessage());
                outbox.save(m);
            }));
            log.warn("Could not send {} for invoice {}: {}", message.getLetterType(), message.getInvoiceId(),
                    e.getMessage());
            throw new LetterNotSentException(message, e);
        }
        ownTransaction.executeWithoutResult(tx -> {
            OutboxMessage sent = outbox.findById(message.getId()).orElseThrow();
            sent.sent(clock.instant());
            outbox.save(sent);
            dossier.record(sent.getInvoiceId(), EntryType.LETTER, "\"" + sent.getSubject() + "\" sent by email to "
                    + sent.getRecipient(), Dossier.SYSTEM);
        });
        log.info("Sent {} for invoice {} to {}", message.getLetterType(), message.getInvoiceId(),
                message.getRecipient());
    }

    private String recipient(Invoice invoice, Channel channel, LetterType type) {
        return Texts.fit(switch (channel) {
            case EMAIL -> invoice.getCustomer().getEmail();
            case POST -> invoice.getCustomer().getName() + "\n" + invoice.getCustomer().getAddress();
            case INTERNAL -> properties.deliveryTeam() == null || properties.deliveryTeam().isBlank()
                    ? properties.from() : properties.deliveryTeam();
            case PARTNER -> properties.partner(type.partner());
        }, OutboxMessage.MAX_RECIPIENT);
    }
}
