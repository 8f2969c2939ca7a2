package org.collections.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayerNamesTest {

    @Test
    void banksShortenReorderAndCapitaliseNames() {
        assertThat(PayerNames.fit("JANSEN J", "Jan Jansen")).isTrue();
        assertThat(PayerNames.fit("BAKKERIJ DE VRIES BV", "Bakkerij de Vries")).isTrue();
        assertThat(PayerNames.fit("Mueller", "Müller GmbH")).as("a transliteration is not guessed").isFalse();
        assertThat(PayerNames.fit("MULLER", "Müller GmbH")).as("accents dropped").isTrue();
        assertThat(PayerNames.fit("Northwind Ltd.", "Northwind")).isTrue();
    }

    @Test
    void anotherNameOrNoNameIsNoFit() {
        assertThat(PayerNames.fit("Jan Pietersen", "Jan Jansen")).isFalse();
        assertThat(PayerNames.fit(null, "Jan Jansen")).isFalse();
        assertThat(PayerNames.fit("BV", "Jansen BV")).as("only a legal form").isFalse();
    }

    @Test
    void theSearchStartsFromTheLongestWord() {
        assertThat(PayerNames.longestWord("J. Jansen-Bakker")).contains("jansen");
        assertThat(PayerNames.longestWord("")).isEmpty();
    }
}
