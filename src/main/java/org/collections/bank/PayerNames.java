package org.collections.bank;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the name on a bank transfer is a customer's: banks shorten and reorder names ("JANSEN J", "BAKKERIJ DE
 * VRIES BV"), so names are compared by their words, without accents, case and legal forms, initials left out.
 */
final class PayerNames {

    private static final Set<String> LEGAL_FORMS = Set.of("bv", "nv", "vof", "cv", "gmbh", "mbh", "ag", "kg", "ohg",
            "ug", "ev", "eg", "ltd", "limited", "inc", "llc", "llp", "plc", "corp", "co", "sa", "sarl", "bvba", "srl",
            "the", "en", "und", "and", "van", "de", "der", "den", "het");

    private PayerNames() {
    }

    /** Every significant word of the shorter name is a word of the longer one. */
    static boolean fit(String payer, String customer) {
        Set<String> a = words(payer);
        Set<String> b = words(customer);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
    }

    /** The longest significant word: what the customer search starts from. */
    static Optional<String> longestWord(String payer) {
        return words(payer).stream().max(Comparator.comparingInt(String::length).thenComparing(w -> w));
    }

    static Set<String> words(String name) {
        if (name == null) {
            return Set.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(".", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1 && !LEGAL_FORMS.contains(w)).collect(Collectors.toSet());
    }
}
