package org.collections.invoice;

import org.collections.claim.ClaimService;
import org.collections.customer.AccountCredits;
import org.collections.customer.ContactData;
import org.collections.customer.Customer;
import org.collections.customer.CustomerAccounts;
import org.collections.customer.CustomerData;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.collections.policy.CollectionPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Registers invoices and opens their case; reads them back. */
@Service
public class InvoiceService {

    private static final Logger log = LoggerFactory.getLogger(InvoiceService.class);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final InvoiceRepository invoices;
    private final CustomerAccounts accounts;
    private final AccountCredits credits;
    private final Dossier dossier;
    private final CollectionPolicy policy;
    private final LocaleSupport locales;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;
    private final ClaimService claims;

    public InvoiceService(InvoiceRepository invoices, CustomerAccounts accounts, AccountCredits credits,
            Dossier dossier, CollectionPolicy policy, LocaleSupport locales, ApplicationEventPublisher events,
            Clock clock, Validator validator, ClaimService claims) {
        this.validator = validator;
        this.claims = claims;
        this.invoices = invoices;
        this.accounts = accounts;
        this.credits = credits;
        this.dossier = dossier;
        this.policy = policy;
        this.locales = locales;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the invoice and starts its case in one transaction: either both happen or neither does.
     */
    @Transactional
    public Invoice register(RegisterInvoiceRequest request, String actor) {
        return register(request, Map.of(), actor, true);
    }

    /**
     * As read from the API: {@code unreadable} names the fields whose value had the wrong type (null in the
     * request); they are refused together with everything else that is wrong.
     */
    @Transactional
    public Invoice register(RegisterInvoiceRequest request, Map<String, String> unreadable, String actor) {
        return register(request, unreadable, actor, true);
    }

    /**
     * Stores the invoice; {@code openCase} false when the case is already running (started from Tasklist's
     * start form) and only needs its invoice.
     */
    @Transactional
    public Invoice register(RegisterInvoiceRequest request, String actor, boolean openCase) {
        return register(request, Map.of(), actor, openCase);
    }

    /**
     * Checks a registration as {@link #register} does, storing nothing: answers normally when it would be
     * registered, else throws the field errors (or the duplicate number). {@code accountEarlierInBatch}: the customer
     * is new but an earlier row of the same batch brings it, so its number alone is enough here too.
     */
    @Transactional(readOnly = true)
    public void check(RegisterInvoiceRequest request, Map<String, String> unreadable,
            boolean accountEarlierInBatch) {
        checked(request, unreadable, accountEarlierInBatch);
    }

    /** A registration that passed every check, and what it found on the way. */
    private record Checked(String accountNumber, CustomerData stored, Currency currency, String locale, String zone,
            String country) {
    }

    private Checked checked(RegisterInvoiceRequest request, Map<String, String> unreadable,
            boolean accountEarlierInBatch) {
        FieldErrors errors = FieldErrors.validate(validator, request, unreadable);
        if (request.customer() == null) {
            errors.throwIfAny();
        }
        Currency currency = FieldErrors.currencyOrNull(request.currency());
        errors.check(currency != null || errors.has("currency"), "currency", FieldErrors.CURRENCY_CODE);
        errors.checkScale(request.amount(), currency, "amount")
                .checkDate(request.issueDate(), "issueDate")
                .checkDate(request.dueDate(), "dueDate");
        if (request.issueDate() != null && request.dueDate() != null) {
            errors.check(!request.dueDate().isBefore(request.issueDate()), "dueDate", "must not be before issueDate");
        }
        RegisterInvoiceRequest.CustomerData c = request.customer();
        String accountNumber = CustomerAccounts.accountNumber(c.number(), c.email());
        Optional<Customer> known = accountNumber == null ? Optional.empty() : accounts.find(accountNumber);
        CustomerData stored = known.map(Customer::data).orElse(null);
        if (stored == null && !accountEarlierInBatch) {
            // a new account needs everything a letter, a call and a court need
            errors.check(accountNumber != null || errors.has("customer.email"), "customer.number",
                    "give the customer's number or an email address");
            required(errors, c.name(), "customer.name");
            required(errors, c.email(), "customer.email");
            required(errors, c.phone(), "customer.phone");
            required(errors, c.address(), "customer.address");
            errors.check(c.type() != null || errors.has("customer.type"), "customer.type",
                    "must not be null (the customer " + c.number() + " is not known yet)");
            required(errors, c.country(), "customer.country");
        }
        String locale = given(c.locale(), stored == null ? "en" : stored.locale());
        errors.check(locales.supportedLocales().contains(locale) || errors.has("customer.locale"), "customer.locale",
                "must be one of " + String.join(", ", locales.supportedLocales()));
        String zone = given(c.timeZone(), stored == null ? policy.timeZone().getId() : stored.timeZone());
        errors.check(isZone(zone) || errors.has("customer.timeZone"), "customer.timeZone",
                "must be an IANA time zone such as Europe/Amsterdam");
        String country = given(c.country(), stored == null ? null : stored.country());
        errors.check(country == null || COUNTRIES.contains(country) || errors.has("customer.country"),
                "customer.country", FieldErrors.COUNTRY_CODE);
        errors.throwIfAny();

        if (invoices.existsByNumber(request.number())) {
            throw new DuplicateInvoiceException(request.number());
        }
        return new Checked(accountNumber, stored, currency, locale, zone, country);
    }

    private Invoice register(RegisterInvoiceRequest request, Map<String, String> unreadable, String actor,
            boolean openCase) {
        Checked checked = checked(request, unreadable, false);
        RegisterInvoiceRequest.CustomerData c = request.customer();
        CustomerData stored = checked.stored();
        String accountNumber = checked.accountNumber();
        Currency currency = checked.currency();
        String locale = checked.locale();
        String zone = checked.zone();
        String country = checked.country();
        CustomerData data = new CustomerData(given(c.name(), stored == null ? null : stored.name()),
                given(c.email(), stored == null ? null : stored.email()),
                given(c.phone(), stored == null ? null : stored.phone()),
                given(c.address(), stored == null ? null : stored.address()),
                c.type() != null ? c.type() : stored.type(), locale, zone, country,
                c.contacts() == null ? null : c.contacts().stream().map(InvoiceService::contact).toList());
        Customer customer = accounts.enroll(accountNumber, data, "invoice " + request.number(), actor);
        Invoice invoice = new Invoice(request.number(), customer, new Money(request.amount(), currency),
                request.issueDate(), request.dueDate(), Boolean.TRUE.equals(request.ongoingWork()),
                request.lateFeeAllowed() == null ? policy.lateFee().allowedByDefault() : request.lateFeeAllowed(),
                clock.instant());
        invoice = invoices.saveAndFlush(invoice);
        dossier.record(invoice.getId(), EntryType.REGISTERED,
                "Invoice " + invoice.getNumber() + " over " + invoice.amount() + " due " + invoice.getDueDate()
                        + " registered for " + customer.getName(), actor);
        if (invoice.getDueDate().isBefore(claims.today())) {
            // registered late: the fees it owes already are booked now, so that lists and totals show what its page
            // shows, also when no step of its case follows soon (its customer is stopped)
            claims.update(invoice);
        }
        if (openCase) {
            events.publishEvent(new InvoiceEvents.InvoiceRegistered(invoice.getId(), invoice.getNumber(),
                    customer.getNumber()));
            // the case is open now: credit that pays the invoice in full ends it at once, like a payment would
            credits.useFor(invoice, actor);
        } else {
            useCreditOnceTheCaseWaits(invoice.getId(), actor);
        }
        log.info("Registered invoice {} ({}), due {}", invoice.getNumber(), invoice.amount(), invoice.getDueDate());
        return invoice;
    }

    /**
     * A case started from Tasklist's start form registers its invoice in its first step, and only then gets the
     * invoice's number as its business key and moves on to its first wait state. A paid invoice ends its case by a
     * message to that case, so the account's credit is used once the step is done: just before the transaction
     * commits, in it, with the account still locked.
     */
    private void useCreditOnceTheCaseWaits(Long invoiceId, String actor) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                credits.useFor(invoices.findById(invoiceId).orElseThrow(), actor);
            }
        });
    }

    @Transactional(readOnly = true)
    public Invoice get(String number) {
        return invoices.findByNumber(number).orElseThrow(() -> new InvoiceNotFoundException(number));
    }

    /** The invoice's facts a case carries for searching. */
    @Transactional(readOnly = true)
    public CaseFacts caseFacts(long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        return new CaseFacts(invoice.getNumber(), invoice.getCustomer().getNumber(), invoice.getCustomer().getName(),
                invoice.amount(), invoice.balance());
    }

    /** The id of a known invoice; a case's steps reach their invoice by its number. */
    public long idOf(String number) {
        return invoices.findIdByNumber(number).orElseThrow(() -> new InvoiceNotFoundException(number));
    }

    public Optional<Long> findId(String number) {
        return invoices.findIdByNumber(number);
    }

    private static void required(FieldErrors errors, String value, String field) {
        errors.check(value != null && !value.isBlank() || errors.has(field), field,
                "must not be blank (the customer is not known yet)");
    }

    /** The value given, stripped, or else the stored one: a registration may leave known fields empty. */
    private static String given(String value, String stored) {
        return value == null || value.isBlank() ? stored : value.strip();
    }

    private static ContactData contact(RegisterInvoiceRequest.Contact c) {
        return new ContactData(c.role().strip(), c.name().strip(), given(c.phone(), null), given(c.email(), null));
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.contains("/") || zone.equals("UTC");
        } catch (DateTimeException e) {
            return false;
        }
    }
}
