package org.collections.bank;

import java.time.Clock;
import java.util.Map;
import org.collections.customer.CustomerRepository;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.InvalidInputException;
import org.collections.invoice.Money;
import org.collections.invoice.PaymentConflictException;
import org.collections.letters.LetterFormat;
import org.collections.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one payment of a statement, in its own transaction: kept once by its key, then ignored (money going out,
 * another currency), booked where {@link PaymentMatcher} finds it certainly belongs, or left to an agent in a Match
 * payment task. A booking that fails leaves the payment to an agent too, with the reason: money is never dropped.
 */
@Component
public class BankEntries {

    private static final Logger log = LoggerFactory.getLogger(BankEntries.class);
    private static final int ATTEMPTS = 5;

    private final BankEntryRepository entries;
    private final PaymentMatcher matcher;
    private final PaymentPosting posting;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Dossier dossier;
    private final CustomerRepository customers;
    private final TransactionTemplate ownTransaction;

    public BankEntries(BankEntryRepository entries, PaymentMatcher matcher, PaymentPosting posting,
            ApplicationEventPublisher events, Clock clock,
            Dossier dossier, CustomerRepository customers, PlatformTransactionManager transactions) {
        this.dossier = dossier;
        this.customers = customers;
        this.entries = entries;
        this.matcher = matcher;
        this.posting = posting;
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    ImportSummary.Line take(Long statementId, StatementFile.Report report, StatementFile.Payment payment,
            String actor) {
        String key = report.iban() + ":" + payment.key();
        if (!payment.booked()) {
            // not kept: the statement that books it later must still find it new
            return line(payment, EntryStatus.IGNORED, null, null, "not booked by the bank yet (status "
                    + payment.status() + ")", false);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                var known = entries.findByEntryKey(key);
                if (known.isPresent() && !differs(known.get(), payment)) {
                    return line(known.get(), true);
                }
                if (known.isPresent()) {
                    // the bank's reference names one payment: a file saying otherwise is not booked twice, but
                    // whoever imports it is told
                    BankEntry first = known.get();
                    log.warn("Bank payment {} imported before over {}; this file says {} {}: not booked again", key,
                            first.money(), payment.currency(), payment.amount().toPlainString());
                    return line(payment, first.getStatus(), first.getInvoiceNumber(), first.getCustomerNumber(),
                            "imported before over " + first.money() + ", this file says " + payment.currency() + " "
                                    + payment.amount().toPlainString() + " for the same bank reference: nothing "
                                    + "booked again; ask the bank which is right", true);
                }
                return ownTransaction.execute(status -> line(take(key, statementId, report, payment, actor), false));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // the same payment taken at the same moment (the same file twice), or its invoice changing meanwhile
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            } catch (InvalidInputException | PaymentConflictException | IllegalStateException
                    | IllegalArgumentException e) {
                log.warn("Bank payment {} could not be booked, left to an agent: {}", key, e.getMessage());
                String why = "could not be booked automatically: " + e.getMessage();
                return ownTransaction.execute(status -> line(toMatch(new BankEntry(key, statementId, payment), why,
                        java.util.List.of()), false));
            }
        }
    }

    private BankEntry take(String key, Long statementId, StatementFile.Report report, StatementFile.Payment payment,
            String actor) {
        BankEntry entry = entries.saveAndFlush(new BankEntry(key, statementId, payment));
        if (!payment.credit()) {
            entry.ignore("money going out (debit): not a customer's payment");
            return entry;
        }
        if (report.currency() != null && !report.currency().equals(payment.currency())) {
            entry.ignore("in " + payment.currency() + ", the account is kept in " + report.currency());
            return entry;
        }
        Money amount = entry.money();
        // matched on what the entry keeps (and the agent reads), not the file's texts of any length: the reasons
        // quote the payer, and a Match payment task keeps them in variables of at most 4,000 characters
        PaymentMatch match = matcher.match(amount, entry.getReference(), entry.getRemittance(), entry.getPayerName());
        if (match instanceof PaymentMatch.OnInvoice on) {
            var outcome = posting.onInvoice(on.invoiceNumber(), amount, payment.bookedOn(),
                    entry.paymentReference(), actor);
            if (!outcome.matched()) {
                // rolled back, so the payment waits for an agent as this entry only, not also as unmatched
                throw new IllegalStateException(outcome.payment().getNote());
            }
            entry.bookedOnInvoice(on.invoiceNumber(), on.customerNumber(), "booked on invoice "
                    + on.invoiceNumber() + " " + on.why(), actor, clock.instant());
            dossier.record(outcome.invoice().getId(), EntryType.PAYMENT, fromTheBank(entry, payment)
                    + " booked " + on.why(), actor);
        } else if (match instanceof PaymentMatch.OnAccount on) {
            posting.onAccount(on.customerNumber(), amount, payment.bookedOn(), entry.paymentReference(),
                    on.allocations(), actor);
            entry.bookedOnAccount(on.customerNumber(), "booked on the account of customer "
                    + on.customerNumber() + " " + on.why(), actor, clock.instant());
            customers.findByNumber(on.customerNumber()).ifPresent(customer -> dossier.recordForAccount(
                    customer.getId(), EntryType.PAYMENT, fromTheBank(entry, payment) + " booked " + on.why(),
                    actor));
        } else {
            PaymentMatch.Unsure unsure = (PaymentMatch.Unsure) match;
            return toMatch(entry, unsure.why(), unsure.candidates());
        }
        log.info("Bank payment {} over {}: {}", key, amount, entry.getNote());
        return entries.saveAndFlush(entry);
    }

    private BankEntry toMatch(BankEntry entry, String why, java.util.List<PaymentMatch.Candidate> candidates) {
        entry.waitForMatch(why);
        BankEntry kept = entries.saveAndFlush(entry);
        events.publishEvent(new BankEvents.PaymentToMatch(kept.getId(), kept.caseKey(),
                kept.getPayerName(), summary(kept), why,
                candidates));
        return kept;
    }

    /** Where a payment came from, as the dossier says it beside the booking. */
    private static String fromTheBank(BankEntry entry, StatementFile.Payment payment) {
        return "Bank payment " + entry.money() + " of " + entry.getBookedOn()
                + (entry.getPayerName() == null ? "" : " from " + entry.getPayerName())
                + " (bank reference " + payment.key() + ", booked as " + entry.paymentReference() + ")";
    }

    /**
     * The payment as the agent reads it in the Match payment task, whose form renders it as Markdown. The payer writes
     * its name and text: they are shown literally, never as a link, an image or a line of their own.
     */
    static String summary(BankEntry entry) {
        return "**Amount:** " + LetterFormat.of(java.util.Locale.ENGLISH).money(entry.money())
                + "\n**Booked by the bank on:** " + entry.getBookedOn()
                + "\n**Payer:** " + value(entry.getPayerName())
                + (entry.getPayerIban() == null ? "" : ", account " + Texts.markdownLiteral(entry.getPayerIban()))
                + "\n**Payment reference:** " + value(entry.getReference())
                + "\n**Text:** " + value(entry.getRemittance());
    }

    private static String value(String text) {
        return text == null || text.isBlank() ? "(none)" : Texts.markdownLiteral(text);
    }

    private static boolean differs(BankEntry known, StatementFile.Payment payment) {
        return !known.money().currency().getCurrencyCode().equals(payment.currency())
                || known.money().amount().compareTo(payment.amount()) != 0;
    }

    private static ImportSummary.Line line(BankEntry entry, boolean repeated) {
        return new ImportSummary.Line(entry.getEntryKey(), entry.getStatus().name(), entry.money().toString(),
                entry.getPayerName(), entry.getInvoiceNumber(), entry.getCustomerNumber(), entry.getNote(), repeated);
    }

    private static ImportSummary.Line line(StatementFile.Payment payment, EntryStatus status, String invoice,
            String customer, String note, boolean repeated) {
        return new ImportSummary.Line(payment.key(), status.name(), payment.currency() + " " + payment.amount()
                .toPlainString(), payment.payerName(), invoice, customer, note, repeated);
    }
}
