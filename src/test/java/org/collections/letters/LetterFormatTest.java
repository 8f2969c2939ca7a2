package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.collections.invoice.Money;
import org.junit.jupiter.api.Test;

/** Amounts and dates as each language writes them, in the currency's own decimals. */
class LetterFormatTest {

    private static final Money EUROS = Money.of(new BigDecimal("1250.00"), "EUR");

    /** The locale's spaces are non-breaking; read as plain spaces here. */
    private static String money(String language, Money money) {
        return LetterFormat.of(Locale.forLanguageTag(language)).money(money).replace('\u00a0', ' ');
    }

    @Test
    void euroAmountsAreWrittenTheWayEachLanguageWritesThem() {
        assertThat(money("en", EUROS)).isEqualTo("€1,250.00");
        assertThat(money("nl", EUROS)).isEqualTo("€ 1.250,00");
        assertThat(money("de", EUROS)).isEqualTo("1.250,00 €");
        assertThat(money("he", EUROS)).contains("1,250.00", "€");
    }

    @Test
    void hebrewWritesShekelsWithTheirSign() {
        assertThat(money("he", Money.of(new BigDecimal("1250"), "ILS"))).contains("1,250.00", "₪")
                .doesNotContain("ILS");
    }

    @Test
    void eachCurrencyHasItsOwnNumberOfDecimals() {
        assertThat(money("en", Money.of(new BigDecimal("125000"), "JPY"))).isEqualTo("¥125,000");
        assertThat(money("de", Money.of(new BigDecimal("125000"), "JPY"))).isEqualTo("125.000 ¥");
        assertThat(money("nl", Money.of(new BigDecimal("12.5"), "KWD"))).isEqualTo("KWD 12,500");
        assertThat(money("en", Money.of(new BigDecimal("-30"), "EUR"))).isEqualTo("-€30.00");
    }

    @Test
    void severalCurrenciesAreListedAndAnAbsentAmountIsEmpty() {
        LetterFormat format = LetterFormat.of(Locale.forLanguageTag("nl"));
        assertThat(format.money(List.of(EUROS, Money.of(new BigDecimal("10"), "USD"))).replace('\u00a0', ' '))
                .isEqualTo("€ 1.250,00, US$ 10,00");
        assertThat(format.money((Money) null)).isEmpty();
        assertThat(format.date(null)).isEmpty();
    }

    @Test
    void datesAreWrittenInFullInTextAndShorterInTables() {
        LocalDate day = LocalDate.of(2026, 4, 17);
        assertThat(LetterFormat.of(Locale.ENGLISH).date(day)).isEqualTo("April 17, 2026");
        assertThat(LetterFormat.of(Locale.forLanguageTag("nl")).date(day)).isEqualTo("17 april 2026");
        assertThat(LetterFormat.of(Locale.GERMAN).date(day)).isEqualTo("17. April 2026");
        assertThat(LetterFormat.of(Locale.forLanguageTag("he")).date(day)).isEqualTo("17 באפריל 2026");
        assertThat(LetterFormat.of(Locale.GERMAN).shortDate(day)).isEqualTo("17.04.2026");
        assertThat(LetterFormat.of(Locale.forLanguageTag("nl")).shortDate(day)).isEqualTo("17 apr. 2026");
    }

    @Test
    void aLineRunsTheWayItsFirstLetterDoes() {
        assertThat(LetterFormat.direction("1015 BS Amsterdam")).isEqualTo("ltr");
        assertThat(LetterFormat.direction("6100000 תל אביב")).isEqualTo("rtl");
        assertThat(LetterFormat.direction("12345")).isEqualTo("auto");
    }

    @Test
    void latinValuesInAHebrewSentenceKeepTheirEndsAndOtherLanguagesAreUntouched() {
        LetterFormat hebrew = LetterFormat.of(Locale.forLanguageTag("he"));
        assertThat(hebrew.inline("Example Services B.V.")).isEqualTo("Example Services B.V.\u200e");
        assertThat(hebrew.inline("+31 20 123 4567")).isEqualTo("\u200e+31 20 123 4567\u200e");
        assertThat(hebrew.inline("T-abc")).isEqualTo("T-abc");
        assertThat(hebrew.inline("דוד כהן")).isEqualTo("דוד כהן");
        assertThat(LetterFormat.of(Locale.GERMAN).inline("Example Services B.V.")).isEqualTo("Example Services B.V.");
    }
}
