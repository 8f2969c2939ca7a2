package org.collections.letters;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;
import org.collections.invoice.CreditorReference;
import org.collections.invoice.Money;

/**
 * How a letter writes amounts and dates in its language: the one place for it, so that a letter never mixes the
 * record's {@code EUR 1250.00} with the reader's {@code € 1.250,00}. Amounts follow the locale's pattern (nl
 * {@code € 1.250,00}, de {@code 1.250,00 €}, en {@code €1,250.00}, he with {@code ₪} for shekels) in the currency's
 * own number of decimals (JPY none, KWD three); dates are written in full in running text and in the medium form in
 * tables. Spaces inside an amount are non-breaking, as the locale's pattern has them, so that a line never breaks
 * between the symbol and the number.
 *
 * <p>Instances are cheap and not shared between threads ({@link NumberFormat} is not thread-safe): make one per
 * letter.
 */
public final class LetterFormat {

    private static final String LRM = "\u200e";

    private final Locale locale;
    private final DateTimeFormatter longDates;
    private final DateTimeFormatter mediumDates;

    private LetterFormat(Locale locale) {
        this.locale = locale;
        this.longDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.mediumDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public static LetterFormat of(Locale locale) {
        return new LetterFormat(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** An amount as the reader writes it, e.g. {@code € 1.250,00} in Dutch; an absent amount is empty. */
    public String money(Money money) {
        if (money == null) {
            return "";
        }
        Currency currency = money.currency();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int decimals = Money.scaleOf(currency);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(money.amount());
    }

    /** Several amounts (one per currency owed), joined as a list in running text. */
    public String money(Collection<Money> amounts) {
        return amounts.stream().map(this::money).collect(Collectors.joining(", "));
    }

    /** A date in running text, e.g. {@code 17 april 2026}, {@code 17. April 2026}. */
    public String date(LocalDate date) {
        return date == null ? "" : longDates.format(date);
    }

    /**
     * Which way a line of its own runs: by its first letter, as {@code dir="auto"} would decide. A Latin address in a
     * Hebrew letter stays {@code 1015 BS Amsterdam}, and a Hebrew name in an English letter reads from the right.
     */
    public static String direction(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                switch (Character.getDirectionality(text.codePointAt(i))) {
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                        return "ltr";
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                        return "rtl";
                    default:
                        break;
                }
            }
        }
        return "auto";
    }

    /**
     * A value written into a sentence of a right-to-left letter: one that holds Latin letters and begins or ends in a
     * digit or punctuation gets a left-to-right mark there, so that its ends ({@code B.V.}, {@code +31 20 123 4567})
     * stay with it instead of jumping to the other side. Values in left-to-right letters are left as they are.
     */
    public String inline(String value) {
        if (value == null || value.isEmpty() || !LetterRenderer.rightToLeft(locale)
                || value.codePoints().noneMatch(c -> Character.getDirectionality(c)
                        == Character.DIRECTIONALITY_LEFT_TO_RIGHT)
                        && value.codePoints().noneMatch(Character::isDigit)) {
            return value;
        }
        boolean ltrStart = Character.getDirectionality(value.codePointAt(0)) == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
        boolean ltrEnd = Character.getDirectionality(value.codePointBefore(value.length()))
                == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
        return (ltrStart ? "" : LRM) + value + (ltrEnd ? "" : LRM);
    }

    /**
     * A structured payment reference in running text, printed in groups of four ({@code RF78 1000 0004 2}) that never
     * break across lines: a reader who types it from paper should not have to find its end on the next line.
     */
    public String reference(CreditorReference reference) {
        return inline(reference.printed().replace(' ', '\u00a0'));
    }

    /** A date in a table, e.g. {@code 17 apr 2026}. */
    public String shortDate(LocalDate date) {
        return date == null ? "" : mediumDates.format(date);
    }
}
