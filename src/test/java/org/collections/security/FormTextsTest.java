package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A form's text component is Markdown (form-js renders it with marked, and keeps links and images from anywhere).
 * What a customer, a registering system or an agent typed must show there as typed: a name like
 * {@code [Pay here](https://…)} must not become a link in a manager's Tasklist. The browser sees it work in
 * {@code TasklistBrowserIT}; this test keeps every form's every insert to the safe kinds.
 */
class FormTextsTest {

    /**
     * The FEEL that shows a typed text literally: white space to one space (no line that looks like the form's own),
     * then a backslash before every ASCII punctuation character, as {@code Texts.markdownLiteral} does in Java.
     * The opening brace is written as FEEL's unicode escape: a brace of its own could be read as the template's.
     */
    static final String LITERAL = "replace(replace(%s, \"\\\\s+\", \" \"), \"[!-/:-@\\\\[-`\\u007B-~]\", \"\\\\$0\")";

    /**
     * Inserted as they are: figures, dates and codes the application writes; phone numbers, whose pattern (digits,
     * spaces and {@code +()./-}, checked on registration) allows no markup; Markdown the application composes with
     * every typed part escaped ({@code Texts.markdownLiteral}). Not an invoice number: its pattern allows
     * {@code www.pay-here.example}, which GitHub's autolinks make a link.
     */
    private static final Set<String> SHOWN_AS_THEY_ARE = Set.of(
            "amountOwed", "brokenPromises", "creditNow", "daysOverdue", "dueDate", "fees", "instalmentDueAmount",
            "instalmentDueDate", "instalmentNumber", "invoiceAmount", "planLimits", "refundAmount", "refundCurrency",
            "totalOwed",
            "customerPhone", "contactPhone",
            "callHistory", "invoicesToDiscuss", "legalOptions", "matchReason", "otherContacts", "paymentSummary");
    /** Values of an enumeration the application checks, and the words of a choice between fixed texts. */
    private static final Set<String> CHOICE_WORDS = Set.of("if", "then", "else", "customerType", "recommendedRoute",
            "recommendedAction", "legalAction", "daysOverdue");

    /** A phone number as a {@code tel:} link: digits and plus only. */
    private static final Pattern DIALLED = Pattern.compile(
            "replace\\((customerPhone|contactPhone), \"\\[\\^\\+0-9\\]\", \"\"\\)");
    /** {@link #LITERAL} of any variable. */
    private static final Pattern SHOWN_LITERALLY = Pattern.compile(Pattern.quote(LITERAL)
            .replace("%s", "\\E[a-zA-Z]+\\Q"));
    private static final Pattern INSERT = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"[^\"]*\"");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z]+");

    @Test
    void everyInsertIntoAFormsTextIsFixedWordsOrAValueThatCannotCarryMarkupOrATypedTextShownLiterally()
            throws IOException {
        List<String> unsafe = new ArrayList<>();
        int typed = 0;
        for (Path form : forms()) {
            for (String text : texts(new ObjectMapper().readTree(Files.readString(form)))) {
                Matcher insert = INSERT.matcher(text);
                while (insert.find()) {
                    String expression = insert.group(1).strip();
                    if (expression.matches("[a-zA-Z]+") && SHOWN_AS_THEY_ARE.contains(expression)
                            || DIALLED.matcher(expression).matches() || fixedWords(expression)) {
                        continue;
                    }
                    if (SHOWN_LITERALLY.matcher(expression).matches()) {
                        typed++;
                    } else {
                        unsafe.add(form.getFileName() + ": {{" + expression + "}}");
                    }
                }
            }
        }
        assertThat(unsafe).as("inserts that could carry markup typed by someone else").isEmpty();
        assertThat(typed).as("typed texts shown literally (the check saw them)").isPositive();
    }

    @Test
    void theCustomersNameIsShownLiterallyOnEveryFormThatShowsIt() throws IOException {
        String name = "{{" + LITERAL.formatted("customerName") + "}}";
        for (Path form : forms()) {
            String all = String.join("\n", texts(new ObjectMapper().readTree(Files.readString(form))));
            assertThat(all).as(form.toString()).doesNotContain("{{customerName}}");
            if (all.contains("customerName")) {
                assertThat(all).as(form.toString()).contains(name);
            }
        }
    }

    /**
     * A choice between fixed texts by an enumeration's value or a count: {@code if customerType = "BUSINESS" then
     * "Business" else customerType}. Outside its string literals it names only the choice's words.
     */
    private static boolean fixedWords(String expression) {
        if (!expression.startsWith("if ")) {
            return false;
        }
        Matcher name = NAME.matcher(STRING.matcher(expression).replaceAll(""));
        while (name.find()) {
            if (!CHOICE_WORDS.contains(name.group())) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            List<Path> forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
            assertThat(forms).hasSizeGreaterThan(10);
            return forms;
        }
    }

    /** The text of every text component, in groups too. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        for (JsonNode component : node.path("components")) {
            if ("text".equals(component.path("type").asText())) {
                texts.add(component.path("text").asText());
            }
            texts.addAll(texts(component));
        }
        return texts;
    }
}
