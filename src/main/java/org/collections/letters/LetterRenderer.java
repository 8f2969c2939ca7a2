package org.collections.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    public LetterRenderer(ITemplateEngine templates, MessageSource messages, LettersProperties properties) {
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
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

    /** The statement of account: every invoice given (the customer's open ones), each in full, and the totals. */
    public RenderedLetter renderStatement(Customer customer, List<StatementLine> lines, LocalDate today) {
        return compose(STATEMENT_OF_ACCOUNT, true, customer, customer.locale(), lines, LetterDetails.none(), today,
                lines.isEmpty() ? Listing.NONE : Listing.FULL_STATEMENT);
    }

    private RenderedLetter compose(String baseKey, boolean toCustomer, Customer customer, Locale locale,
            List<StatementLine> given, LetterDetails details, LocalDate today, Listing listing) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter shortDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<StatementLine> lines = given.stream().sorted(Comparator
                .comparing((StatementLine l) -> l.invoice().getDueDate()).thenComparing(l -> l.invoice().getNumber()))
                .toList();
        List<Money> totals = totals(lines, Claim::balance);
        Claim first = lines.isEmpty() ? null : lines.get(0).claim();
        Object[] args = {
                customer.getName(),
                lines.stream().map(l -> l.invoice().getNumber()).collect(Collectors.joining(", ")),
                joined(totals(lines, Claim::principal)),
                lines.isEmpty() ? "" : dates.format(lines.get(0).invoice().getDueDate()),
                joined(totals),
                lines.stream().mapToLong(StatementLine::daysOverdue).min().stream()
                        .mapToObj(String::valueOf).findFirst().orElse("0"),
                details.deadline() == null ? "" : dates.format(details.deadline()),
                details.amount() == null ? "" : details.amount().toString(),
                details.note() == null ? "" : details.note(),
                properties.senderName(),
                String.valueOf(lines.size()),
                lines.stream().mapToInt(l -> l.claim().lateFees().size()).sum(),
                joined(totals(lines, Claim::interest)),
                joined(totals(lines, Claim::costs)),
                joined(totals(lines, Claim::fees)),
                (lines.stream().anyMatch(l -> l.claim().interest().isPositive()) ? 1 : 0)
                        + (lines.stream().anyMatch(l -> l.claim().costs().isPositive()) ? 2 : 0),
                first == null ? "" : first.interestRule() + " (" + first.interestSource() + ")",
                first == null ? "" : first.costsSource()
        };
        String key = textKey(baseKey, lines.size(), locale);
        String subject = subject(key, args, locale);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= MAX_PARAGRAPHS; i++) {
            String paragraph = messages.getMessage(key + ".p" + i, args, null, locale);
            if (paragraph != null && !paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }
        List<Row> rows = lines.stream().map(l -> row(l, shortDates)).toList();

        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("subject", subject);
        context.setVariable("senderName", properties.senderName());
        String salutation = toCustomer ? messages.getMessage("letter.salutation", args, locale)
                : messages.getMessage("letter.salutation.colleague", args, locale);
        context.setVariable("salutation", salutation);
        context.setVariable("toCustomer", toCustomer);
        context.setVariable("customerName", customer.getName());
        context.setVariable("addressLines", customer.getAddress().split("\\s*[\\n,]\\s*"));
        context.setVariable("date", dates.format(today));
        context.setVariable("paragraphs", paragraphs);
        context.setVariable("statement", listing == Listing.ONE_INVOICE);
        context.setVariable("invoice", lines.isEmpty() ? null : lines.get(0).invoice());
        context.setVariable("claim", first);
        context.setVariable("table", listing == Listing.TABLE || listing == Listing.FULL_STATEMENT);
        context.setVariable("detailed", listing == Listing.FULL_STATEMENT);
        context.setVariable("rows", rows);
        context.setVariable("totals", totals);
        context.setVariable("paymentInstructions", properties.paymentInstructions());
        String html = templates.process("letters/letter", context);

        StringBuilder text = new StringBuilder();
        text.append(salutation).append("\n\n");
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        appendListing(text, listing, first, rows, totals, locale);
        if (toCustomer) {
            text.append(messages.getMessage("letter.payment", null, locale)).append(' ')
                    .append(properties.paymentInstructions()).append("\n\n");
        }
        text.append(messages.getMessage("letter.closing", null, locale)).append('\n')
                .append(properties.senderName()).append('\n');
        return new RenderedLetter(subject, html, text.toString(), locale);
    }

    private void appendListing(StringBuilder text, Listing listing, Claim claim, List<Row> rows,
            List<Money> totals, Locale locale) {
        if (listing == Listing.NONE) {
            return;
        }
        text.append(messages.getMessage("letter.statement", null, locale)).append('\n');
        if (listing == Listing.ONE_INVOICE) {
            line(text, "letter.statement.amount", claim.principal(), locale);
            if (claim.fees().isPositive()) {
                line(text, "letter.statement.fees", claim.fees(), locale);
            }
            if (claim.interest().isPositive()) {
                line(text, "letter.statement.interest", claim.interest(), locale);
            }
            if (claim.costs().isPositive()) {
                line(text, "letter.statement.costs", claim.costs(), locale);
            }
            line(text, "letter.statement.paid", claim.paid().plus(claim.credited()), locale);
            line(text, "letter.statement.balance", claim.balance(), locale);
            text.append('\n');
            return;
        }
        for (Row row : rows) {
            Object[] cells = listing == Listing.FULL_STATEMENT
                    ? new Object[] {row.number(), row.dueDate(), String.valueOf(row.daysOverdue()), row.amount(),
                            row.paid(), row.credited(), row.fees(), row.balance()}
                    : new Object[] {row.number(), row.dueDate(), row.amount(), row.paidAndCredited(), row.fees(),
                            row.balance()};
            text.append(messages.getMessage(listing == Listing.FULL_STATEMENT ? "letter.statement.line.detailed"
                    : "letter.statement.line", cells, locale)).append('\n');
        }
        for (Money total : totals) {
            text.append(messages.getMessage("letter.statement.total", null, locale)).append(": ").append(total)
                    .append('\n');
        }
        text.append('\n');
    }

    private void line(StringBuilder text, String key, Money amount, Locale locale) {
        text.append(messages.getMessage(key, null, locale)).append(": ").append(amount).append('\n');
    }

    /** A row of the table: its fees column holds everything added to the invoice (late fees, interest, costs). */
    private static Row row(StatementLine line, DateTimeFormatter dates) {
        Invoice i = line.invoice();
        Claim c = line.claim();
        return new Row(i.getNumber(), dates.format(i.getDueDate()), line.daysOverdue(), c.principal(), c.paid(),
                c.credited(), c.paid().plus(c.credited()), c.additions(), c.balance());
    }

    /** Sums per currency, in the order of the currency codes: a customer may owe in more than one. */
    private static List<Money> totals(List<StatementLine> lines, Function<Claim, Money> figure) {
        Map<String, Money> sums = new TreeMap<>();
        lines.forEach(l -> sums.merge(l.invoice().currency().getCurrencyCode(), figure.apply(l.claim()),
                Money::plus));
        return List.copyOf(sums.values());
    }

    private static String joined(List<Money> amounts) {
        return amounts.stream().map(Money::toString).collect(Collectors.joining(", "));
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
