package org.collections.letters;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.collections.claim.ClaimService;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.InvoiceStatus;
import org.collections.policy.SchedulePlanner;
import org.collections.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes letters into the outbox and sends them. Idempotent per invoice, step and channel: the message is stored
 * (in its own transaction) before it is sent, so a retried step finds it instead of writing a second one.
 *
 * <p>One letter per customer, kind and day: a letter of the dunning ladder ({@link LadderLetter}) sent for one
 * invoice also covers the customer's other invoices for which the same letter is due now and not yet sent, and
 * lists each of them. Which invoices a message covers is kept in {@link OutboxItem}s, unique per invoice, step and
 * channel; when a covered invoice's own step comes, it finds its letter there and sends nothing. Two steps that
 * cover the same invoice at the same moment (two threads, two nodes) are decided by that unique key: the second
 * one's transaction fails, and it reads again to find the letter that covers it.
 *
 * <p>Sending never happens twice. A message is claimed ({@code SENDING}, committed) before it is handed to the
 * mail server and marked {@code SENT} right after. A refusal by the server puts it back to {@code PENDING} for the
 * retry. A claim found still open by a retry means a node stopped in the middle of handing it over: whether it
 * went out is unknown, so it is marked {@code UNCERTAIN} for a person to check, and not sent again. Only the step
 * that made a message sends it (or marks it); the steps of the other invoices it covers leave it alone.
 *
 * <p>Every invoice a letter covers records it in its dossier and lists it among its messages.
 */
@Service
public class LetterService {

    /**
     * The most invoices one letter lists (so that it fits its column and stays readable); a customer's further
     * invoices get the next letter, made by the step of the first of them that runs.
     */
    public static final int MAX_INVOICES = 50;

    /** How often a step reads again after losing a race for an invoice; each loss means another letter covered one. */
    private static final int MAX_RACES = 5;
    /** The ladder letters that say the same to every invoice they list, so that a waiting one may take in more. */
    private static final Set<LadderLetter> JOINABLE = EnumSet.of(LadderLetter.PRE_DUE_REMINDER,
            LadderLetter.OVERDUE_REMINDER);
    /** marks the step key of a letter a stop withdrew, once the stop is lifted; the column holds 100 characters */
    private static final String RELEASED = ":released:";
    private static final int STEP_KEY_LENGTH = 100;

    /** The letters that remind a customer of an unpaid invoice after its due date. */
    private static final Set<LetterType> REMINDERS = EnumSet.of(LetterType.OVERDUE_REMINDER, LetterType.INVOICE_COPY,
            LetterType.LATE_NOTICE);

    private static final Logger log = LoggerFactory.getLogger(LetterService.class);

    private final OutboxRepository outbox;
    private final OutboxItemRepository items;
    private final InvoiceRepository invoices;
    private final LetterRenderer renderer;
    private final MailGateway mail;
    private final Dossier dossier;
    private final SchedulePlanner planner;
    private final LettersProperties properties;
    private final TransactionTemplate ownTransaction;
    private final ClaimService claims;
    private final Clock clock;
    private final EmailRelease release;
    private final ContactStops stops;

    public LetterService(OutboxRepository outbox, OutboxItemRepository items, InvoiceRepository invoices,
            LetterRenderer renderer, MailGateway mail, Dossier dossier, SchedulePlanner planner,
            LettersProperties properties, PlatformTransactionManager transactions, ClaimService claims, Clock clock,
            EmailRelease release, ContactStops stops) {
        this.release = release;
        this.stops = stops;
        this.outbox = outbox;
        this.items = items;
        this.invoices = invoices;
        this.renderer = renderer;
        this.mail = mail;
        this.dossier = dossier;
        this.planner = planner;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * Sends one letter of one step of a case on each of its channels. A letter of the dunning ladder also covers
     * the customer's other invoices for which it is due now (see {@link LadderLetter}); when another invoice's letter
     * already covers this invoice, nothing is sent.
     *
     * @throws LetterNotSentException when the mail server refuses; the caller's step should be retried
     */
    public void send(Long invoiceId, LetterType type, String stepKey, LetterDetails details) {
        send(new Request(invoiceId, List.of(), LadderLetter.of(type).orElse(null), type, stepKey, details));
    }

    /**
     * The stop of a customer was lifted: the letters it took back before they went out were never sent, so the steps
     * that wrote them may write them again when their cases resume (a resumed case sends the letter of the stage it is
     * at). Their step keys are set aside (the withdrawn letter keeps its place in the outbox and the dossiers).
     * Answers the invoices whose letters were set aside.
     */
    @Transactional
    public Set<Long> releaseStepsWithdrawnByStop(Long customerId) {
        Set<Long> invoices = new TreeSet<>();
        for (OutboxMessage m : outbox.findByCustomerIdAndStatusInOrderByIdAsc(customerId,
                EnumSet.of(OutboxStatus.WITHDRAWN))) {
            if (!m.withdrawnByStop() || m.getStepKey().contains(RELEASED)) {
                continue;
            }
            List<Long> covered = items.findByMessageId(m.getId()).stream().map(OutboxItem::getInvoiceId).toList();
            // the step's letter reached the customer on another channel (the email went, the post copy was
            // withdrawn): it is not written again, and the term it started stands
            if (covered.stream().noneMatch(i -> items.delivered(i, List.of(m.getStepKey())))) {
                String suffix = RELEASED + m.getId();
                outbox.setStepAside(m.getId(), suffix, STEP_KEY_LENGTH - suffix.length());
                items.setStepAside(m.getId(), suffix, STEP_KEY_LENGTH - suffix.length());
                invoices.addAll(covered);
            }
        }
        return invoices;
    }

    /** Whether a letter of this step covering the invoice reached (or may have reached) the customer. */
    public boolean delivered(Long invoiceId, Collection<String> stepKeys) {
        return items.delivered(invoiceId, stepKeys);
    }

    /** Whether a step with this key already wrote a letter covering the invoice (sent or waiting in the outbox). */
    public boolean hasLetter(Long invoiceId, String stepKey) {
        return items.existsByInvoiceIdAndStepKey(invoiceId, stepKey);
    }

    /**
     * Sends one letter (one per channel of {@code type}) to one customer, covering the invoices named, and lists
     * each of them with what is owed on it. For a step that concerns several invoices at once, e.g. the promise
     * made in one call for two invoices:
     *
     * <pre>{@code
     * letters.send(List.of(first.getId(), second.getId()), LetterType.PROMISE_CONFIRMATION,
     *         "PROMISE_CONFIRMATION:" + callId, LetterDetails.deadline(promisedDate));
     * }</pre>
     *
     * <ul>
     * <li>{@code invoiceIds}: invoices of one customer, at most {@link #MAX_INVOICES}; the first is the one that
     * makes the letter (the message's invoice, its Message-ID). Every invoice named gets the letter in its dossier
     * and among its messages.</li>
     * <li>{@code stepKey}: one key for the whole letter, the same on every retry (e.g. the id of the call or of the
     * case that sends it), so that a retry finds the letter instead of writing another. An invoice named that
     * already has a letter with this key on a channel is left out of a new one on that channel.</li>
     * <li>The guarantees of {@link #send(Long, LetterType, String, LetterDetails)} hold: stored before it is sent,
     * never sent twice, {@link LetterNotSentException} when the mail server refuses (retry the step). The letter
     * covers exactly the invoices named, whatever its type (no other invoice is added to it).</li>
     * </ul>
     *
     * @throws IllegalArgumentException when no invoice is named, too many are, or they are not of one customer
     * @throws LetterNotSentException when the mail server refuses; the caller's step should be retried
     */
    public void send(List<Long> invoiceIds, LetterType type, String stepKey, LetterDetails details) {
        List<Long> named = invoiceIds.stream().distinct().toList();
        if (named.isEmpty() || named.size() > MAX_INVOICES) {
            throw new IllegalArgumentException("a letter covers 1 to " + MAX_INVOICES + " invoices, not "
                    + named.size());
        }
        send(new Request(named.get(0), named.subList(1, named.size()), null, type, stepKey, details));
    }

    /**
     * What a step asks for: a letter made by {@code invoiceId} that also covers either the invoices {@code named}
     * or, for a ladder letter, the customer's invoices for which it is due.
     */
    private record Request(Long invoiceId, List<Long> named, LadderLetter ladder, LetterType type, String stepKey,
            LetterDetails details) {
    }

    private void send(Request request) {
        for (Channel channel : request.type().channels()) {
            OutboxMessage message = store(request, channel);
            if (!message.getInvoiceId().equals(request.invoiceId())) {
                log.info("{} for invoice {} goes out with the letter of invoice {} (outbox message {})",
                        request.type(), request.invoiceId(), message.getInvoiceId(), message.getId());
            } else if (message.getStatus() == OutboxStatus.SENDING) {
                ownTransaction.executeWithoutResult(tx -> interrupted(message.getId()));
            } else if (message.getStatus() == OutboxStatus.PENDING && mail.enabled()
                    && message.isDue(clock.instant())) {
                deliver(message);
            }
        }
    }

    /**
     * The message that covers the step's invoice on this channel, written now if there is none. Losing a race for
     * one of the invoices (another step covered it a moment earlier) rolls the write back: read again.
     */
    private OutboxMessage store(Request request, Channel channel) {
        for (int race = 1;; race++) {
            try {
                return ownTransaction.execute(tx -> prepare(request, channel));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                if (race >= MAX_RACES) {
                    throw e;
                }
                log.info("{} for invoice {}: another letter covered one of its invoices at the same moment; "
                        + "reading again ({})", request.type(), request.invoiceId(), e.getMostSpecificCause().getMessage());
            }
        }
    }

    private OutboxMessage prepare(Request request, Channel channel) {
        Optional<OutboxItem> known = items.findByInvoiceIdAndStepKeyAndChannel(request.invoiceId(),
                request.stepKey(), channel);
        if (known.isPresent()) {
            return outbox.findById(known.get().getMessageId()).orElseThrow();
        }
        Invoice invoice = invoices.findById(request.invoiceId())
                .orElseThrow(() -> new IllegalArgumentException("no invoice #" + request.invoiceId()));
        List<Invoice> others = others(invoice, request, channel);
        Optional<OutboxMessage> joined = joinWaiting(invoice, others, request, channel);
        if (joined.isPresent()) {
            return joined.get();
        }
        List<Invoice> covered = new ArrayList<>();
        covered.add(invoice);
        covered.addAll(others);
        RenderedLetter letter = compose(covered, request);
        String recipient = recipient(invoice, channel, request.type());
        OutboxMessage message = outbox.saveAndFlush(new OutboxMessage(invoice.getId(), invoice.getCustomer().getId(),
                request.stepKey(), channel, request.type(), recipient, letter, clock.instant()));
        // in the order of the invoice ids, so that two steps racing for the same invoices meet at the first one
        // instead of each holding one the other waits for
        covered.stream().map(Invoice::getId).sorted()
                .forEach(id -> items.saveAndFlush(new OutboxItem(message, id)));
        Optional<String> stopped = request.type().toCustomer() ? stops.stopped(invoice.getCustomer().getId())
                : Optional.empty();
        if (stopped.isPresent() && message.withdraw(OutboxMessage.WITHDRAWN_BY_STOP + stopped.get())) {
            outbox.save(message);
            recordInDossiers(message, "\"" + letter.subject() + "\" (" + channel + ") withdrawn, not sent: "
                    + stopped.get(), Dossier.SYSTEM);
            return message;
        }
        if (channel == Channel.EMAIL && request.type().toCustomer()) {
            release.check(invoice.getCustomer(), request.type(), clock.instant(), message.getId()).ifPresent(hold -> {
                message.holdUntil(hold.until().toInstant());
                outbox.save(message);
                recordInDossiers(message, "\"" + letter.subject() + "\" for " + recipient + " held back: "
                        + hold.reason() + ". Goes out " + SchedulePlanner.describe(hold.until()), Dossier.SYSTEM);
            });
        }
        if (channel == Channel.POST) {
            recordInDossiers(message, "\"" + letter.subject() + "\" ready to post to " + recipient.replace('\n', ' '),
                    Dossier.SYSTEM);
        } else if (!mail.enabled()) {
            recordInDossiers(message, "\"" + letter.subject() + "\" for " + recipient
                    + " waits in the outbox: no mail server is configured", Dossier.SYSTEM);
        }
        return message;
    }

    /**
     * A reminder email (pre-due or overdue) due for this invoice joins the customer's reminder of the same kind
     * written today that has not gone out yet (held for the customer's hours or the weekly limit, or with no mail
     * server): invoices registered one at a time get one letter, as invoices that reach the rung together do. The
     * letter is written again with every invoice it now covers; one that a sender claimed meanwhile, or that covers
     * an invoice closed since, is left as it is, and the invoice gets a letter of its own. A late notice or final
     * demand may carry a term of its own invoice (the Dutch 14-day letter): it is not rewritten for another.
     */
    private Optional<OutboxMessage> joinWaiting(Invoice invoice, List<Invoice> others, Request request,
            Channel channel) {
        if (!JOINABLE.contains(request.ladder()) || channel != Channel.EMAIL
                || !request.details().equals(LetterDetails.none())) {
            return Optional.empty();
        }
        ZoneId zone = invoice.getCustomer().hours(planner.zone()).zone();
        Instant today = planner.now().withZoneSameInstant(zone).toLocalDate().atStartOfDay(zone).toInstant();
        for (OutboxMessage waiting : outbox.findWaiting(invoice.getCustomer().getId(), request.type(),
                request.stepKey(), channel, today)) {
            // what it covers is read once it is ours, so that an invoice joining it at the same moment is not lost
            outbox.lock(waiting.getId());
            List<Long> coveredIds = items.findByMessageId(waiting.getId()).stream().map(OutboxItem::getInvoiceId)
                    .toList();
            List<Invoice> covered = new ArrayList<>(invoices.findAllById(coveredIds));
            if (covered.size() != coveredIds.size() || covered.stream().anyMatch(i -> !i.isOpen())
                    || covered.size() + 1 + others.size() > MAX_INVOICES) {
                continue;
            }
            List<Invoice> joining = new ArrayList<>();
            joining.add(invoice);
            joining.addAll(others);
            covered.addAll(joining);
            RenderedLetter letter = compose(covered, request);
            if (outbox.rewriteWaiting(waiting.getId(), Texts.fit(letter.subject(), OutboxMessage.MAX_SUBJECT),
                    letter.html(), letter.text()) == 0) {
                continue;
            }
            joining.stream().map(Invoice::getId).sorted()
                    .forEach(id -> items.saveAndFlush(new OutboxItem(waiting, id)));
            String numbers = covered.stream().sorted(Comparator.comparing(Invoice::getDueDate)
                    .thenComparing(Invoice::getNumber)).map(Invoice::getNumber).collect(Collectors.joining(", "));
            String maker = covered.stream().filter(i -> i.getId().equals(waiting.getInvoiceId()))
                    .map(Invoice::getNumber).findFirst().orElse("?");
            joining.forEach(i -> dossier.record(i.getId(), EntryType.LETTER, "\"" + letter.subject()
                    + "\" joins the letter for invoice " + maker + " waiting to go out to "
                    + waiting.getRecipient() + " (one letter for invoices " + numbers + ")", Dossier.SYSTEM));
            log.info("{} for invoice {} joins outbox message {}, which now covers {}", request.type(),
                    invoice.getNumber(), waiting.getId(), numbers);
            return Optional.of(waiting);
        }
        return Optional.empty();
    }

    /** The step's letter listing the invoices it covers, as of today. */
    private RenderedLetter compose(List<Invoice> covered, Request request) {
        Set<Long> reminded = reminded(covered, request.type());
        return renderer.render(request.type(), covered.stream()
                .map(i -> new StatementLine(i, planner.daysOverdue(i.getDueDate()), claims.current(i),
                        reminded.contains(i.getId())))
                .toList(), request.details(), planner.today());
    }

    /**
     * The invoices of these for which the customer really had a reminder before this letter: a letter that says
     * "despite our reminders" to someone who never got one (an invoice registered late) is untrue. This letter's own
     * other channel does not count.
     */
    private Set<Long> reminded(List<Invoice> covered, LetterType type) {
        EnumSet<LetterType> reminders = EnumSet.copyOf(REMINDERS);
        reminders.remove(type);
        return new HashSet<>(items.wentOut(covered.stream().map(Invoice::getId).toList(), reminders));
    }

    /** The other invoices the letter covers: those named, or those a ladder letter is due for; none covered yet. */
    private List<Invoice> others(Invoice invoice, Request request, Channel channel) {
        List<Invoice> candidates;
        if (request.ladder() != null) {
            ZonedDateTime now = planner.now();
            candidates = invoices.findByCustomerIdAndStatusOrderByDueDateAscNumberAsc(invoice.getCustomer().getId(),
                    InvoiceStatus.OPEN).stream()
                    .filter(other -> !other.getId().equals(invoice.getId()))
                    .filter(other -> request.ladder().covers(other, planner.plan(other.getDueDate(), other.getCustomer().hours(planner.zone())), now))
                    .toList();
        } else {
            candidates = named(invoice, request.named());
        }
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<Long> taken = new HashSet<>(items.covered(request.stepKey(), channel,
                candidates.stream().map(Invoice::getId).toList()));
        return candidates.stream().filter(other -> !taken.contains(other.getId())).limit(MAX_INVOICES - 1L)
                .toList();
    }

    private List<Invoice> named(Invoice invoice, List<Long> ids) {
        Map<Long, Invoice> found = invoices.findAllById(ids).stream()
                .collect(Collectors.toMap(Invoice::getId, i -> i));
        List<Invoice> named = new ArrayList<>();
        for (Long id : ids) {
            Invoice other = found.get(id);
            if (other == null) {
                throw new IllegalArgumentException("no invoice #" + id);
            }
            if (!other.getCustomer().getId().equals(invoice.getCustomer().getId())) {
                throw new IllegalArgumentException("invoice " + other.getNumber() + " is not of customer "
                        + invoice.getCustomer().getNumber() + " like invoice " + invoice.getNumber());
            }
            named.add(other);
        }
        return named;
    }

    /**
     * Sends the emails held back whose time has come, each checked against the limits again (another email may
     * have gone out meanwhile): one still over them is held back further. Answers how many went out.
     */
    public int releaseHeldBack() {
        if (!mail.enabled()) {
            return 0;
        }
        int sent = 0;
        Instant now = clock.instant();
        for (OutboxMessage message : outbox.findHeldBackDue(now)) {
            Optional<EmailRelease.Hold> hold = ownTransaction.execute(tx -> holdFurther(message.getId(), now));
            if (hold != null && hold.isPresent()) {
                continue;
            }
            try {
                deliver(message);
                sent++;
            } catch (LetterNotSentException e) {
                // stays pending and held: the next round tries again
                log.warn("Held-back message {} not sent yet: {}", message.getId(), e.getMessage());
            }
        }
        return sent;
    }

    private Optional<EmailRelease.Hold> holdFurther(Long messageId, Instant now) {
        OutboxMessage message = outbox.findById(messageId).orElseThrow();
        Invoice invoice = invoices.findById(message.getInvoiceId()).orElseThrow();
        Optional<EmailRelease.Hold> hold = release.check(invoice.getCustomer(), message.getLetterType(), now,
                message.getId());
        hold.ifPresent(h -> {
            message.holdUntil(h.until().toInstant());
            outbox.save(message);
            recordInDossiers(message, "\"" + message.getSubject() + "\" held back further: " + h.reason()
                    + ". Goes out " + SchedulePlanner.describe(h.until()), Dossier.SYSTEM);
        });
        return hold;
    }

    private void interrupted(Long messageId) {
        OutboxMessage message = outbox.findById(messageId).orElseThrow();
        if (message.getStatus() != OutboxStatus.SENDING) {
            return;
        }
        message.uncertain();
        outbox.save(message);
        recordInDossiers(message, "\"" + message.getSubject() + "\" to " + message.getRecipient()
                + " may not have gone out: sending was interrupted; not sent again, to be checked and resent by hand",
                Dossier.SYSTEM);
        log.warn("Outbox message {} ({} for invoice {}) was being sent when a node stopped: marked UNCERTAIN",
                messageId, message.getLetterType(), message.getInvoiceId());
    }

    private void deliver(OutboxMessage waiting) {
        // read again once claimed: another invoice may have joined the letter since it was read
        OutboxMessage message = ownTransaction.execute(tx -> outbox.claim(waiting.getId()) == 0 ? null
                : outbox.findById(waiting.getId()).orElse(null));
        if (message == null) {
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
            recordInDossiers(sent, "\"" + sent.getSubject() + "\" sent by email to " + sent.getRecipient(),
                    Dossier.SYSTEM);
        });
        log.info("Sent {} for invoice {} to {}", message.getLetterType(), message.getInvoiceId(),
                message.getRecipient());
    }

    /**
     * Records what happened to a letter in the dossier of every invoice it covers; a letter that covers several
     * names them all.
     */
    void recordInDossiers(OutboxMessage message, String summary, String actor) {
        List<OutboxItemRepository.CoveredInvoice> covered = items.invoicesOf(List.of(message.getId()));
        if (covered.isEmpty()) {
            dossier.record(message.getInvoiceId(), EntryType.LETTER, summary, actor);
            return;
        }
        String shared = covered.size() == 1 ? "" : " (one letter for invoices "
                + covered.stream().map(OutboxItemRepository.CoveredInvoice::number).collect(Collectors.joining(", "))
                + ")";
        covered.forEach(c -> dossier.record(c.invoiceId(), EntryType.LETTER, summary + shared, actor));
    }

    /** The numbers of the invoices each message covers, in order of due date. */
    Map<Long, List<String>> invoiceNumbers(List<OutboxMessage> messages) {
        Map<Long, List<String>> numbers = new LinkedHashMap<>();
        messages.forEach(m -> numbers.put(m.getId(), new ArrayList<>()));
        if (!messages.isEmpty()) {
            items.invoicesOf(numbers.keySet()).forEach(c -> numbers.get(c.messageId()).add(c.number()));
        }
        return numbers;
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
