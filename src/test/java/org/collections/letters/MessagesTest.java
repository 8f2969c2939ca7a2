package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every language has every text, and none is English left untranslated: a missing key would make a letter fall back
 * to the English text in the middle of a Dutch, German or Hebrew letter.
 */
class MessagesTest {

    /** Settings of a letter, not text: the same in every language. */
    private static final Set<String> SETTINGS_SUFFIXES = Set.of(".statement", ".pay");

    private static Map<String, String> texts(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream("letters/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return texts;
    }

    private static boolean setting(String key) {
        return SETTINGS_SUFFIXES.stream().anyMatch(key::endsWith);
    }

    /** A value of placeholders and punctuation only ({8}) says nothing in any language. */
    private static boolean placeholdersOnly(String value) {
        return value.replaceAll("\\{[^}]*}", "").replaceAll("[\\p{Punct}\\s]", "").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "de", "he"})
    void everyTextExistsInTheLanguage(String language) throws IOException {
        Map<String, String> english = texts("messages.properties");
        Map<String, String> other = texts("messages_" + language + ".properties");
        assertThat(other.keySet()).as("keys of messages_%s.properties", language)
                .containsAll(english.keySet());
        assertThat(english.keySet()).as("keys only in messages_%s.properties", language)
                .containsAll(other.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "de", "he"})
    void noTextIsTheEnglishOneCopied(String language) throws IOException {
        Map<String, String> english = texts("messages.properties");
        Map<String, String> other = texts("messages_" + language + ".properties");
        List<String> copied = new ArrayList<>();
        english.forEach((key, value) -> {
            if (!setting(key) && !placeholdersOnly(value) && value.equals(other.get(key))) {
                copied.add(key);
            }
        });
        assertThat(copied).as("texts of messages_%s.properties identical to the English", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "de", "he"})
    void noEnglishSentenceIsLeftInTheLanguage(String language) throws IOException {
        // words that only an English sentence has; a name of a law or a code (IBAN, BIC) is not one of them
        List<String> english = List.of(" the ", " please ", " you ", " invoice ", " amount ", " paid ",
                " due ", " with ", " your ");
        texts("messages_" + language + ".properties").forEach((key, value) -> {
            if (setting(key)) {
                return;
            }
            String padded = " " + value.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}]", " ") + " ";
            assertThat(english).as("%s in messages_%s.properties: %s", key, language, value)
                    .noneMatch(padded::contains);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_nl", "_de", "_he"})
    void everyTextIsAValidPatternWithAllItsArguments(String suffix) throws IOException {
        // every argument 1, then the counts and flags (10, 15, 18, 20, 21) at 0 and 2, so that each choice's branches
        // run
        for (int count : new int[] {1, 0, 2}) {
            Object[] args = IntStream.range(0, 22).mapToObj(i -> (Object) Integer.valueOf(
                    i == 10 || i == 15 || i == 18 || i == 20 || i == 21 ? count : 1)).toArray();
            texts("messages" + suffix + ".properties").forEach((key, value) -> {
                String formatted = new MessageFormat(value, Locale.ROOT).format(args);
                assertThat(formatted).as(key + " with " + count).doesNotContain("{").doesNotContain("}");
            });
        }
    }
}
