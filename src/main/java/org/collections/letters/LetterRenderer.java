package org.collections.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.collections.claim.Claim;
import org.collections.customer.Customer;
import org.collections.invoice.CreditorReference;
import org.collections.invoice.Invoice;
import org.collections.invoice.LocaleSupport;
import org.collections.invoice.Money;
import org.collections.text.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a letter in the customer's language from one layout ({@code templates/letters/letter.html}) and the
 * texts in {@code letters/messages_*.properties}. Adding a language means adding one properties file.
 *
 * <p>A letter can cover several invoices of one customer: it then lists each in a table with the total owed, and
 * uses the texts under {@code <letter>.many.*} where the letter has them (in the plural). The statement of account
 * is rendered the same way, from the texts under {@code statement-of-account.*}.
 */
@Component
public class LetterRenderer implements LocaleSupport {

    private static final int MAX_PARAGRAPHS = 6;
    private static final String STATEMENT_OF_ACCOUNT = "statement-of-account";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final LettersProperties properties;
    private final PaymentCodes codes;

    public LetterRenderer(ITemplateEngine templates, MessageSource messages, LettersProperties properties,
            PaymentCodes codes) {
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
        this.codes = codes;
        // a language without its texts would write English letters to customers registered in it, silently
        properties.locales().stream().filter(l -> !"en".equals(l))
                .filter(l -> LetterRenderer.class.getClassLoader()
                        .getResource("letters/messages_" + l + ".properties") == null)
                .findFirst().ifPresent(l -> {
                    throw new IllegalStateException("collections.letters.locales names " + l
                            + " but there is no letters/messages_" + l + ".properties with its texts");
                });
    }

    @Override
    public List<String> supportedLocales() {
        return properties.locales();
    }

    /** How the letter lists its invoices: the one invoice's statement, a table of several, or the full statement. */
    private enum Listing {
        NONE, ONE_INVOICE, TABLE, FULL_STATEMENT
    }

    /** One row of the table of invoices, as shown. */
    public record Row(String number, String dueDate, long daysOverdue, Money amount, Money paid, Money credited,
            Money paidAndCredited, Money fees, Money balance) {
    }

    /**
     * A letter covering one or more invoices of one customer (the first line's). With one invoice it is the letter
     * as it always was; with more, it lists each in a table with the total owed per currency.
     */
    public RenderedLetter render(LetterType type, List<StatementLine> lines, LetterDetails details, LocalDate today) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a letter covers at least one invoice");
        }
        Customer customer = lines.get(0).invoice().getCustomer();
        Locale locale = type.toCustomer() ? customer.locale() : Locale.forLanguageTag(properties.businessLocale());
        boolean statement = Boolean.parseBoolean(messages.getMessage(type.key() + ".statement", null, "false", locale));
        Listing listing = lines.size() > 1 ? Listing.TABLE : statement ? Listing.ONE_INVOICE : Listing.NONE;
        String key = details.variant() == null ? type.key() : type.key() + "." + details.variant();
        return compose(key, type.toCustomer(), customer, locale, lines, details, today, listing);
    }

    /**
     * The statement of account: every invoice given (the customer's open ones), each in full, the totals, and the
     * customer's credit, which is not deducted from them until it is used.
     */
    public RenderedLetter renderStatement(Customer customer, List<StatementLine> lines, List<Money> credit,
            LocalDate today) {
        String creditKey = STATEMENT_OF_ACCOUNT + (lines.isEmpty() ? ".none" : "") + ".credit";
        LetterDetails details = credit.isEmpty() ? LetterDetails.none() : new LetterDetails(null, null, null, null,
                new LetterDetails.Note(creditKey, List.of(List.copyOf(credit))), List.of(), List.of());
        return compose(STATEMENT_OF_ACCOUNT, true, customer, customer.locale(), lines, details, today,
                lines.isEmpty() ? Listing.NONE : Listing.FULL_STATEMENT);
    }

    private RenderedLetter compose(String baseKey, boolean toCustomer, Customer customer, Locale locale,
            List<StatementLine> given, LetterDetails details, LocalDate today, Listing listing) {
        LetterFormat format = LetterFormat.of(locale);
        List<StatementLine> lines = given.stream().sorted(Comparator
                .comparing((StatementLine l) -> l.invoice().getDueDate()).thenComparing(l -> l.invoice().getNumber()))
                .toList();
        List<Money> totals = totals(lines, Claim::balance);
        Claim first = lines.isEmpty() ? null : lines.get(0).claim();
        String numbers = lines.stream().map(l -> l.invoice().getNumber()).collect(Collectors.joining(", "));
        Object[] args = {
                format.inline(customer.getName()),
                format.inline(numbers),
                format.money(totals(lines, Claim::principal)),
                lines.isEmpty() ? "" : format.date(lines.get(0).invoice().getDueDate()),
                format.money(totals),
                lines.stream().mapToLong(StatementLine::daysOverdue).min().stream()
                        .mapToObj(String::valueOf).findFirst().orElse("0"),
                format.date(details.deadline()),
                format.money(details.amount()),
                "",
                format.inline(properties.senderName()),
                // a number, so that a text may choose "invoice" or "invoices" by it
                lines.size(),
                lines.stream().mapToInt(l -> l.claim().lateFees().size()).sum(),
                format.money(totals(lines, Claim::interest)),
                format.money(totals(lines, Claim::costs)),
                format.money(totals(lines, Claim::fees)),
                (lines.stream().anyMatch(l -> l.claim().interest().isPositive()) ? 1 : 0)
                        + (lines.stream().anyMatch(l -> l.claim().costs().isPositive()) ? 2 : 0),
                first == null ? "" : interestLaw(first, locale),
                first == null ? "" : costsLaw(first, locale),
                // "despite our reminders" only where every invoice listed really had one
                !lines.isEmpty() && lines.stream().allMatch(StatementLine::reminded) ? 1 : 0,
                format.inline(String.join(", ", details.mentioned())),
                details.mentioned().size(),
                // only a customer with work going on hears that it stops
                lines.stream().anyMatch(l -> l.invoice().hasOngoingWork()) ? 1 : 0
        };
        args[8] = note(details, args, format);
        String key = textKey(baseKey, lines.size(), locale);
        String subject = subject(key, args, locale);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= MAX_PARAGRAPHS; i++) {
            String paragraph = messages.getMessage(key + ".p" + i, args, null, locale);
            if (paragraph != null && !paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }
        List<Row> rows = lines.stream().map(l -> row(l, format)).toList();
        Letterhead letterhead = letterhead(format);
        // a letter about several invoices is paid on the account, one about one invoice on that invoice
        CreditorReference reference = lines.isEmpty() ? null
                : listing == Listing.TABLE || listing == Listing.FULL_STATEMENT ? customer.paymentReference()
                        : lines.get(0).invoice().paymentReference();
        Payment payment = toCustomer
                ? payment(baseKey, lines, totals, details, numbers, reference, locale, format) : null;

        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("dir", rightToLeft(locale) ? "rtl" : "ltr");
        context.setVariable("fmt", format);
        context.setVariable("subject", subject);
        context.setVariable("senderName", properties.senderName());
        context.setVariable("letterhead", letterhead);
        String salutation = toCustomer ? messages.getMessage("letter.salutation", args, locale)
                : messages.getMessage("letter.salutation.colleague", args, locale);
        context.setVariable("salutation", salutation);
        context.setVariable("toCustomer", toCustomer);
        context.setVariable("customerName", customer.getName());
        context.setVariable("addressLines", customer.getAddress().split("\\s*[\\n,]\\s*"));
        context.setVariable("date", format.date(today));
        context.setVariable("paragraphs", paragraphs);
        context.setVariable("statement", listing == Listing.ONE_INVOICE);
        context.setVariable("invoice", lines.isEmpty() ? null : lines.get(0).invoice());
        context.setVariable("claim", first);
        context.setVariable("table", listing == Listing.TABLE || listing == Listing.FULL_STATEMENT);
        context.setVariable("detailed", listing == Listing.FULL_STATEMENT);
        context.setVariable("rows", rows);
        context.setVariable("totals", totals);
        context.setVariable("payment", payment == null ? null : payment.instruction());
        context.setVariable("paymentCode", payment == null ? null : payment.code());
        String html = templates.process("letters/letter", context);

        StringBuilder text = new StringBuilder();
        text.append(salutation).append("\n\n");
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        appendListing(text, listing, first, rows, totals, locale, format);
        if (payment != null) {
            text.append(messages.getMessage("letter.payment", null, locale)).append(' ').append(payment.instruction())
                    .append("\n\n");
        }
        text.append(messages.getMessage("letter.closing", null, locale)).append('\n')
                .append(properties.senderName()).append('\n');
        List<String> signature = letterhead.lines().subList(1, letterhead.lines().size());
        if (!signature.isEmpty()) {
            text.append('\n');
            signature.forEach(l -> text.append(l).append('\n'));
        }
        return new RenderedLetter(subject, html, text.toString(), locale);
    }

    /** Languages written from right to left: their letters are laid out from the right. */
    static boolean rightToLeft(Locale locale) {
        return switch (locale.getLanguage()) {
            case "he", "iw", "ar", "fa", "ur", "yi" -> true;
            default -> false;
        };
    }

    /**
     * The letterhead: the sender's name and address at the top with how to reach them, and at the foot the trade
     * register, the VAT number and the bank account. A value not configured leaves its line out.
     *
     * @param contact phone, email and website on one line
     * @param footer the register, VAT and bank lines
     */
    public record Letterhead(String name, List<String> address, String contact, List<String> footer) {

        /** Everything, line by line, for the plain-text letter's signature. */
        public List<String> lines() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(address);
            if (!contact.isEmpty()) {
                all.add(contact);
            }
            all.addAll(footer);
            return all;
        }
    }

    private Letterhead letterhead(LetterFormat format) {
        Locale locale = format.locale();
        LettersProperties.Sender sender = properties.sender();
        String contact = joinPresent(" · ",
                present(sender.phone()) ? messages.getMessage("letter.sender.phone",
                        new Object[] {format.inline(sender.phone())}, locale) : null,
                sender.email(), sender.website());
        List<String> footer = new ArrayList<>();
        if (present(sender.registration())) {
            footer.add(sender.registration());
        }
        if (present(sender.vatNumber())) {
            footer.add(messages.getMessage("letter.sender.vat", new Object[] {sender.vatNumber()}, locale));
        }
        LettersProperties.Bank bank = sender.bank();
        if (bank != null && present(bank.iban())) {
            footer.add(joinPresent(" · ", "IBAN " + bank.iban(),
                    present(bank.bic()) ? "BIC " + bank.bic() : null,
                    messages.getMessage("letter.sender.holder", new Object[] {holder()}, locale)));
        }
        return new Letterhead(sender.name(), sender.addressLines(), contact, footer);
    }

    private String holder() {
        LettersProperties.Bank bank = properties.sender().bank();
        return bank != null && present(bank.accountHolder()) ? bank.accountHolder() : properties.senderName();
    }

    /**
     * How the letter asks to be paid: the instruction in words and, for a letter in euros, the payment QR code that
     * carries the same amount and reference (none without an IBAN).
     */
    record Payment(String instruction, PaymentCodes.PaymentCode code) {
    }

    /**
     * How to pay, in the reader's language: the amount the letter asks for, the account (IBAN, BIC, holder), the
     * structured reference that books the payment and the invoice numbers it stands for. None in a letter that asks
     * for nothing ({@code <letter>.pay=none}: a receipt, a cancellation, a statement with nothing open); a letter
     * about instalments names no one amount ({@code <letter>.pay=instalments}), and its code leaves the amount to the
     * payer; an offer asks for the amount offered ({@code <letter>.pay=amount}), and so does its code.
     */
    private Payment payment(String baseKey, List<StatementLine> lines, List<Money> totals, LetterDetails details,
            String numbers, CreditorReference reference, Locale locale, LetterFormat format) {
        String pay = messages.getMessage(baseKey + ".pay", null, "balance", locale);
        List<Money> owed = "amount".equals(pay) && details.amount() != null ? List.of(details.amount())
                : totals.stream().filter(Money::isPositive).toList();
        boolean instalments = "instalments".equals(pay);
        if ("none".equals(pay) || lines.isEmpty() || owed.isEmpty() && !instalments) {
            return null;
        }
        LettersProperties.Bank bank = properties.sender().bank();
        boolean account = bank != null && present(bank.iban());
        boolean bic = account && present(bank.bic());
        Object[] args = {format.money(owed), format.inline(account ? bank.iban() : ""),
                format.inline(bic ? bank.bic() : ""), format.inline(holder()), format.inline(numbers), bic ? 1 : 0,
                lines.size(), format.reference(reference)};
        String key = (account ? "letter.payment.transfer" : "letter.payment.plain")
                + (instalments ? ".instalments" : "");
        // the code asks for the one amount the words ask for; several currencies owed make no one transfer
        PaymentCodes.PaymentCode code = instalments || owed.size() == 1
                ? codes.of(lines.stream().map(l -> l.invoice().currency()).distinct().toList(),
                        instalments ? null : owed.get(0), reference).orElse(null)
                : null;
        return new Payment(messages.getMessage(key, args, locale), code);
    }

    /**
     * The letter's note: a text of its own in the reader's language, the dated amounts it lists, or a text that is
     * the same in every language.
     */
    private String note(LetterDetails details, Object[] letterArgs, LetterFormat format) {
        Locale locale = format.locale();
        if (details.localNote() != null) {
            Object[] args = details.localNote().args().stream().map(a -> formatted(a, format)).toArray();
            return messages.getMessage(details.localNote().key(), args, locale);
        }
        if (!details.schedule().isEmpty()) {
            return details.schedule().stream()
                    .map(d -> messages.getMessage("letter.instalment",
                            new Object[] {format.money(d.amount()), format.date(d.date())}, locale))
                    .collect(Collectors.joining(messages.getMessage("letter.list.separator", null, "; ", locale)));
        }
        return details.note() == null ? "" : details.note();
    }

    private static Object formatted(Object arg, LetterFormat format) {
        if (arg instanceof Money money) {
            return format.money(money);
        }
        if (arg instanceof List<?> list && list.stream().allMatch(Money.class::isInstance)) {
            return format.money(list.stream().map(Money.class::cast).toList());
        }
        if (arg instanceof LocalDate date) {
            return format.date(date);
        }
        return arg == null ? "" : arg;
    }

    /**
     * The statutory (or contractual) interest in the reader's language, by the rule the claim applies
     * ({@code law.interest.*}); the rule's own description where no text for it exists.
     */
    private String interestLaw(Claim claim, Locale locale) {
        String kind = LAW_KINDS.get(claim.interestRule());
        String fallback = claim.interestRule() + " (" + claim.interestSource() + ")";
        return kind == null ? fallback : messages.getMessage("law.interest." + kind, null, fallback, locale);
    }

    /** The law or contract behind the collection costs in the reader's language ({@code law.costs.*}). */
    private String costsLaw(Claim claim, Locale locale) {
        String kind = claim.costsSource().startsWith("the contract") ? "contract"
                : LAW_KINDS.get(claim.interestRule());
        return kind == null ? claim.costsSource()
                : messages.getMessage("law.costs." + kind, null, claim.costsSource(), locale);
    }

    /**
     * The rules of {@code jurisdiction/JurisdictionRules} and the contract's interest (claim/ClaimService) by the name
     * a claim gives them; the costs of a jurisdiction follow the same law as its interest.
     */
    static final Map<String, String> LAW_KINDS = Map.of(
            "wettelijke handelsrente", "nl-commercial",
            "wettelijke rente", "nl-statutory",
            "Verzugszinsen (Verbraucher)", "de-consumer",
            "Verzugszinsen (Unternehmer)", "de-business",
            "statutory interest for late payment", "eu-business",
            "contractual interest", "contract");

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String joinPresent(String separator, String... values) {
        return java.util.Arrays.stream(values).filter(LetterRenderer::present).collect(Collectors.joining(separator));
    }

    private void appendListing(StringBuilder text, Listing listing, Claim claim, List<Row> rows,
            List<Money> totals, Locale locale, LetterFormat format) {
        if (listing == Listing.NONE) {
            return;
        }
        text.append(messages.getMessage("letter.statement", null, locale)).append('\n');
        if (listing == Listing.ONE_INVOICE) {
            line(text, "letter.statement.amount", claim.principal(), locale, format);
            if (claim.fees().isPositive()) {
                line(text, "letter.statement.fees", claim.fees(), locale, format);
            }
            if (claim.interest().isPositive()) {
                line(text, "letter.statement.interest", claim.interest(), locale, format);
            }
            if (claim.costs().isPositive()) {
                line(text, "letter.statement.costs", claim.costs(), locale, format);
            }
            line(text, "letter.statement.paid", claim.paid().plus(claim.credited()), locale, format);
            line(text, "letter.statement.balance", claim.balance(), locale, format);
            text.append('\n');
            return;
        }
        for (Row row : rows) {
            Object[] cells = listing == Listing.FULL_STATEMENT
                    ? new Object[] {row.number(), row.dueDate(), String.valueOf(row.daysOverdue()),
                            format.money(row.amount()), format.money(row.paid()), format.money(row.credited()),
                            format.money(row.fees()), format.money(row.balance())}
                    : new Object[] {row.number(), row.dueDate(), format.money(row.amount()),
                            format.money(row.paidAndCredited()), format.money(row.fees()), format.money(row.balance())};
            text.append(messages.getMessage(listing == Listing.FULL_STATEMENT ? "letter.statement.line.detailed"
                    : "letter.statement.line", cells, locale)).append('\n');
        }
        for (Money total : totals) {
            text.append(messages.getMessage("letter.statement.total", null, locale)).append(": ")
                    .append(format.money(total)).append('\n');
        }
        text.append('\n');
    }

    private void line(StringBuilder text, String key, Money amount, Locale locale, LetterFormat format) {
        text.append(messages.getMessage(key, null, locale)).append(": ").append(format.money(amount)).append('\n');
    }

    /** A row of the table: its fees column holds everything added to the invoice (late fees, interest, costs). */
    private static Row row(StatementLine line, LetterFormat format) {
        Invoice i = line.invoice();
        Claim c = line.claim();
        return new Row(i.getNumber(), format.shortDate(i.getDueDate()), line.daysOverdue(), c.principal(), c.paid(),
                c.credited(), c.paid().plus(c.credited()), c.additions(), c.balance());
    }

    /** Sums per currency, in the order of the currency codes: a customer may owe in more than one. */
    private static List<Money> totals(List<StatementLine> lines, Function<Claim, Money> figure) {
        Map<String, Money> sums = new TreeMap<>();
        lines.forEach(l -> sums.merge(l.invoice().currency().getCurrencyCode(), figure.apply(l.claim()),
                Money::plus));
        return List.copyOf(sums.values());
    }

    /** The texts for this many invoices: {@code <key>.many.*} or {@code <key>.none.*} where they exist. */
    private String textKey(String key, int invoices, Locale locale) {
        String variant = invoices == 0 ? key + ".none" : invoices > 1 ? key + ".many" : key;
        return messages.getMessage(variant + ".subject", null, null, locale) != null ? variant : key;
    }

    /**
     * The subject as its column holds it. Only the customer's name can make it too long (the longest name with the
     * longest number overflows a subject that names both): the name gives way, so what the subject says stays whole.
     */
    private String subject(String key, Object[] args, Locale locale) {
        String subjectKey = key + ".subject";
        String subject = messages.getMessage(subjectKey, args, locale);
        int over = subject.length() - OutboxMessage.MAX_SUBJECT;
        String name = (String) args[0];
        if (over > 0 && subject.contains(name)) {
            Object[] shorter = args.clone();
            shorter[0] = Texts.fit(name, Math.max(1, name.length() - over));
            subject = messages.getMessage(subjectKey, shorter, locale);
        }
        return Texts.fit(subject, OutboxMessage.MAX_SUBJECT);
    }
}
