package org.collections.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.collections.customer.Customer;
import org.collections.invoice.Invoice;
import org.collections.invoice.LocaleSupport;
import org.collections.text.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a letter in the customer's language from one layout ({@code templates/letters/letter.html}) and the
 * texts in {@code letters/messages_*.properties}. Adding a language means adding one properties file.
 */
@Component
public class LetterRenderer implements LocaleSupport {

    private static final int MAX_PARAGRAPHS = 6;

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

    public RenderedLetter render(LetterType type, Invoice invoice, LetterDetails details, LocalDate today,
            long daysOverdue) {
        Customer customer = invoice.getCustomer();
        Locale locale = type.toCustomer() ? customer.locale() : Locale.forLanguageTag(properties.businessLocale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Object[] args = {
                customer.getName(),
                invoice.getNumber(),
                invoice.amount().toString(),
                dates.format(invoice.getDueDate()),
                invoice.balance().toString(),
                String.valueOf(daysOverdue),
                details.deadline() == null ? "" : dates.format(details.deadline()),
                details.amount() == null ? "" : details.amount().toString(),
                details.note() == null ? "" : details.note(),
                properties.senderName()
        };
        String subject = subject(type, args, locale);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= MAX_PARAGRAPHS; i++) {
            String paragraph = messages.getMessage(type.key() + ".p" + i, args, null, locale);
            if (paragraph != null && !paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }
        boolean statement = Boolean.parseBoolean(messages.getMessage(type.key() + ".statement", null, "false", locale));

        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("subject", subject);
        context.setVariable("senderName", properties.senderName());
        String salutation = type.toCustomer() ? messages.getMessage("letter.salutation", args, locale)
                : messages.getMessage("letter.salutation.colleague", args, locale);
        context.setVariable("salutation", salutation);
        context.setVariable("toCustomer", type.toCustomer());
        context.setVariable("customerName", customer.getName());
        context.setVariable("addressLines", customer.getAddress().split("\\s*[\\n,]\\s*"));
        context.setVariable("date", dates.format(today));
        context.setVariable("paragraphs", paragraphs);
        context.setVariable("statement", statement);
        context.setVariable("invoice", invoice);
        context.setVariable("paymentInstructions", properties.paymentInstructions());
        String html = templates.process("letters/letter", context);

        StringBuilder text = new StringBuilder();
        text.append(salutation).append("\n\n");
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        if (statement) {
            text.append(messages.getMessage("letter.statement", null, locale)).append('\n')
                    .append(messages.getMessage("letter.statement.amount", null, locale)).append(": ")
                    .append(invoice.amount()).append('\n')
                    .append(messages.getMessage("letter.statement.fees", null, locale)).append(": ")
                    .append(invoice.fees()).append('\n')
                    .append(messages.getMessage("letter.statement.paid", null, locale)).append(": ")
                    .append(invoice.paid().plus(invoice.credited())).append('\n')
                    .append(messages.getMessage("letter.statement.balance", null, locale)).append(": ")
                    .append(invoice.balance()).append("\n\n");
        }
        if (type.toCustomer()) {
            text.append(messages.getMessage("letter.payment", null, locale)).append(' ')
                    .append(properties.paymentInstructions()).append("\n\n");
        }
        text.append(messages.getMessage("letter.closing", null, locale)).append('\n')
                .append(properties.senderName()).append('\n');
        return new RenderedLetter(subject, html, text.toString(), locale);
    }

    /**
     * The subject as its column holds it. Only the customer's name can make it too long (the longest name with the
     * longest number overflows a subject that names both): the name gives way, so what the subject says stays whole.
     */
    private String subject(LetterType type, Object[] args, Locale locale) {
        String key = type.key() + ".subject";
        String subject = messages.getMessage(key, args, locale);
        int over = subject.length() - OutboxMessage.MAX_SUBJECT;
        String name = (String) args[0];
        if (over > 0 && subject.contains(name)) {
            Object[] shorter = args.clone();
            shorter[0] = Texts.fit(name, Math.max(1, name.length() - over));
            subject = messages.getMessage(key, shorter, locale);
        }
        return Texts.fit(subject, OutboxMessage.MAX_SUBJECT);
    }
}
