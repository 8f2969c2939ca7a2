package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.collections.CaseTestSupport;
import org.collections.claim.ClaimService;
import org.collections.dispute.DisputeResolution;
import org.collections.dispute.DisputeService;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Letters in English, Dutch, German and Hebrew: whole in the customer's language (payment instruction included),
 * amounts and dates as the language writes them, the letterhead from the configuration, Hebrew from right to left,
 * and every name printable in the PDF.
 */
class LanguagesTest extends CaseTestSupport {

    private static final LocalDate DUE = LocalDate.of(2026, 2, 1);
    private static final String NBSP = "\u00a0";
    private static final String LRM = "\u200e";

    @Autowired
    LetterRenderer renderer;
    @Autowired
    PdfRenderer pdf;
    @Autowired
    InvoiceService invoices;
    @Autowired
    ClaimService claims;
    @Autowired
    DisputeService disputes;

    private Map<String, Object> customer(String name, String address, String locale, String country) {
        return new HashMap<>(Map.of("number", newCustomerNumber(), "name", name, "email", "debtor@example.com",
                "phone", "+49 30 1234567", "address", address, "type", "BUSINESS", "locale", locale,
                "timeZone", "Europe/Berlin", "country", country));
    }

    private Invoice registered(Map<String, Object> customer, String currency) throws Exception {
        String number = newNumber();
        register(Map.of("number", number, "amount", "1250.00", "currency", currency, "issueDate",
                DUE.minusDays(30).toString(), "dueDate", DUE.toString(), "ongoingWork", false, "customer", customer));
        return invoices.get(number);
    }

    private RenderedLetter render(LetterType type, Invoice invoice, LetterDetails details, boolean reminded) {
        LocalDate day = LocalDate.of(2026, 4, 3);
        return renderer.render(type, List.of(new StatementLine(invoice, 61, claims.claimOn(invoice.getId(), day),
                reminded)), details, day);
    }

    private static String pdfText(byte[] document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(document)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void aGermanCustomerGetsTheFinalDemandInGermanCitingTheBgb() throws Exception {
        Invoice invoice = registered(customer("Müller & Söhne GmbH", "Friedrichstraße 12, 10117 Berlin", "de", "DE"),
                "EUR");
        RenderedLetter letter = render(LetterType.FINAL_DEMAND, invoice,
                LetterDetails.deadline(LocalDate.of(2026, 4, 17)), true);

        assertThat(letter.subject()).isEqualTo("Letzte Mahnung: Rechnung " + invoice.getNumber());
        assertThat(letter.text()).startsWith("Guten Tag Müller & Söhne GmbH,")
                .contains("Trotz unserer Erinnerungen", "1.250,00" + NBSP + "€", "spätestens bis zum 17. April 2026",
                        "§ 286 BGB", "§ 288 BGB", "Rechnungsbetrag: 1.250,00" + NBSP + "€", "Mit freundlichen Grüßen")
                .contains("Bitte überweisen Sie ", "auf das Konto IBAN NL91 ABNA 0417 1643 00 (BIC ABNANL2A), "
                        + "Kontoinhaber Example Services B.V., unter Angabe der Zahlungsreferenz "
                        + invoice.paymentReference().printed().replace(" ", NBSP) + " (Rechnung " + invoice.getNumber()
                        + ").")
                .contains("USt-IdNr. NL123456789B01", "KvK 12345678")
                .doesNotContain("Please", "Dear", "invoice", "EUR", "Despite");
        assertThat(letter.html()).contains("lang=\"de\"", "dir=\"ltr\"", "Example Services B.V.", "Herengracht 100");
        assertThat(pdfText(pdf.render(letter.html()))).contains("Müller & Söhne GmbH", "Letzte Mahnung",
                "Friedrichstraße 12");
    }

    @Test
    void anIsraeliCustomerGetsAHebrewLetterFromRightToLeftInEmailAndPdf() throws Exception {
        Invoice invoice = registered(customer("דוד כהן", "רחוב הרצל 12, תל אביב", "he", "IL"), "ILS");
        RenderedLetter letter = render(LetterType.LATE_NOTICE, invoice, LetterDetails.none(), false);

        // a Latin value ending in a digit carries a left-to-right mark in a Hebrew sentence: not part of the words
        assertThat(letter.subject().replace(LRM, "")).isEqualTo("התראה: חשבונית " + invoice.getNumber()
                + " בפיגור של 61 ימים");
        assertThat(letter.text().replace(LRM, "")).startsWith("שלום דוד כהן,").contains("₪", "1,250.00", "טרם קיבלנו את התשלום",
                "נא להעביר", "IBAN NL91 ABNA 0417 1643 00 (BIC ABNANL2A) על שם Example Services B.V.,", "בברכה")
                .doesNotContain("ILS", "Please", "Dear", "invoice", "למרות תזכורותינו");
        // the holder's name keeps its full stop, the sentence's comma stays after it
        assertThat(letter.text()).contains("Example Services B.V." + LRM + ",");
        assertThat(letter.html()).contains("lang=\"he\"", "dir=\"rtl\"", "class=\"rtl\"",
                // the sender's Latin address keeps its own order inside the Hebrew letter
                "<div class=\"sender-line\" dir=\"ltr\">1015 BS Amsterdam</div>");

        String text = pdfText(pdf.render(letter.html()));
        assertThat(text).contains("דוד", "כהן", "הרצל", "התראה", "חשבונית", "בברכה", invoice.getNumber());
    }

    @Test
    void namesInLatinExtendedPrintInThePdf() throws Exception {
        Invoice invoice = registered(customer("Łukasz Żółć", "ul. Piotrkowska 1, 90-001 Łódź", "en", "PL"), "PLN");
        RenderedLetter letter = render(LetterType.INVOICE_COPY, invoice, LetterDetails.none(), false);

        String text = pdfText(pdf.render(letter.html()));
        assertThat(text).contains("Łukasz Żółć", "Łódź", "Example Services B.V.").doesNotContain("#");
        // zloty in English: the symbol and two decimals
        assertThat(letter.text()).contains("PLN1,250.00");
    }

    @Test
    void amountsAreWrittenAsEachLanguageWritesThem() throws Exception {
        Invoice english = registered(customer("Jane Debtor", "1 Main Street, London", "en", "GB"), "EUR");
        Invoice dutch = registered(customer("Jan de Vries", "Keizersgracht 1, Amsterdam", "nl", "NL"), "EUR");
        Invoice yen = registered(customer("Jane Debtor", "1 Main Street, London", "en", "JP"), "JPY");

        assertThat(render(LetterType.OVERDUE_REMINDER, english, LetterDetails.none(), false).text())
                // the balance: the invoice and its late fees
                .contains("invoice " + english.getNumber() + " over €1,250.00", "Please transfer €1,310.00 to IBAN");
        assertThat(render(LetterType.OVERDUE_REMINDER, dutch, LetterDetails.none(), false).text())
                .contains("van €" + NBSP + "1.250,00", "Wilt u €" + NBSP, " overmaken naar IBAN",
                        "ten name van Example Services B.V.", "factuur " + dutch.getNumber())
                .doesNotContain("Please", "EUR");
        assertThat(render(LetterType.OVERDUE_REMINDER, yen, LetterDetails.none(), false).text())
                .contains("¥1,250 ").doesNotContain("1,250.00");
    }

    @Test
    void aPlanForTwoInvoicesSpeaksOfInvoicesInEachLanguage() throws Exception {
        Map<String, String> expected = Map.of("en", "Payment plan for invoices ", "nl", "Betalingsregeling voor facturen ",
                "de", "Ratenzahlung für die Rechnungen ", "he", "הסדר תשלומים עבור חשבוניות ");
        LocalDate day = LocalDate.of(2026, 4, 3);
        for (Map.Entry<String, String> language : expected.entrySet()) {
            Map<String, Object> customer = customer("Customer " + language.getKey(), "Street 1", language.getKey(),
                    "NL");
            Invoice a = registered(customer, "EUR");
            Invoice b = registered(customer, "EUR");
            RenderedLetter letter = renderer.render(LetterType.PAYMENT_PLAN_CONFIRMATION, List.of(
                    new StatementLine(a, 61, claims.claimOn(a.getId(), day), false),
                    new StatementLine(b, 61, claims.claimOn(b.getId(), day), false)), LetterDetails.none(), day);
            assertThat(letter.subject().replace(LRM, "")).as(language.getKey())
                    .startsWith(language.getValue());
            assertThat(render(LetterType.PAYMENT_PLAN_CONFIRMATION, a, LetterDetails.none(), false).subject()
                    .replace(LRM, "")).as(language.getKey()).doesNotContain(language.getValue().strip());
        }
    }

    @Test
    void theChangedPlanNamesTheInvoicesTakenOutInEachLanguage() throws Exception {
        LetterDetails one = LetterDetails.none().mentioning(List.of("INV-7"));
        LetterDetails two = LetterDetails.none().mentioning(List.of("INV-7", "INV-8"));
        Map<String, List<String>> expected = Map.of(
                "en", List.of("Invoice INV-7 has been taken out", "Invoices INV-7, INV-8 have been taken out"),
                "nl", List.of("Factuur INV-7 is uit uw betalingsregeling gehaald",
                        "De facturen INV-7, INV-8 zijn uit uw betalingsregeling gehaald"),
                "de", List.of("Wir haben die Rechnung INV-7 aus Ihrer Ratenzahlung",
                        "Wir haben die Rechnungen INV-7, INV-8 aus Ihrer Ratenzahlung"),
                "he", List.of("הוצאנו את חשבונית INV-7 מהסדר", "הוצאנו את החשבוניות INV-7, INV-8 מהסדר"));
        for (Map.Entry<String, List<String>> language : expected.entrySet()) {
            Invoice invoice = registered(customer("Customer " + language.getKey(), "Street 1", language.getKey(),
                    "NL"), "EUR");
            assertThat(render(LetterType.PAYMENT_PLAN_CHANGED, invoice, one, false).text().replace(LRM, ""))
                    .as(language.getKey()).contains(language.getValue().get(0)).doesNotContain("{");
            assertThat(render(LetterType.PAYMENT_PLAN_CHANGED, invoice, two, false).text().replace(LRM, ""))
                    .as(language.getKey()).contains(language.getValue().get(1));
        }
    }

    @Test
    void theDutchReceiptThanksWithoutAPaymentInstructionOrEnglish() throws Exception {
        Invoice dutch = registered(customer("Jan de Vries", "Keizersgracht 1, Amsterdam", "nl", "NL"), "EUR");
        RenderedLetter receipt = render(LetterType.PAYMENT_RECEIPT, dutch,
                new LetterDetails(null, null, null).withNote("payment-receipt.note.overpaid",
                        org.collections.invoice.Money.of(new java.math.BigDecimal("12.50"), "EUR")), false);
        assertThat(receipt.text()).contains("Dank u wel", "U heeft €" + NBSP + "12,50 meer betaald")
                .doesNotContain("Zo betaalt u", "IBAN NL91 ABNA 0417 1643 00 (", "Transfer", "You paid");
        // the bank account stays in the letterhead's foot
        assertThat(receipt.html()).contains("IBAN NL91 ABNA 0417 1643 00", "t.n.v. Example Services B.V.");
    }

    @Test
    void aLateRegisteredInvoicesFirstLetterDoesNotSpeakOfReminders() throws Exception {
        String number = newNumber();
        register(invoice(number, "1000.00", START.toLocalDate().minusDays(45), false, "en", "BUSINESS"));
        runDueJobs();

        OutboxMessage notice = messages(number).stream().filter(m -> m.getLetterType() == LetterType.LATE_NOTICE)
                .findFirst().orElseThrow();
        assertThat(notice.getBodyText()).contains("We have not received payment.")
                .doesNotContainIgnoringCase("despite");
    }

    @Test
    void aLateNoticeAfterARealReminderSaysSo() throws Exception {
        String number = newNumber();
        LocalDate due = LocalDate.of(2026, 3, 10);
        register(invoice(number, "1000.00", due, false, "en", "BUSINESS"));
        travelTo(due.plusDays(1), 9);
        call(number, Map.of("callOutcome", "REFUSED"));
        travelTo(due.plusDays(30), 9);

        OutboxMessage notice = messages(number).stream().filter(m -> m.getLetterType() == LetterType.LATE_NOTICE)
                .findFirst().orElseThrow();
        assertThat(notice.getBodyText()).contains("Despite our reminders we have not received payment.");
    }

    @Test
    void germanAndHebrewCustomersCanBeRegisteredAndOtherLanguagesAreRefused() throws Exception {
        registered(customer("Müller GmbH", "Friedrichstraße 12, 10117 Berlin", "de", "DE"), "EUR");
        registered(customer("דוד כהן", "רחוב הרצל 12, תל אביב", "he", "IL"), "ILS");

        Map<String, Object> french = customer("Jean Dupont", "1 rue de Rivoli, Paris", "fr", "FR");
        MvcResult refused = postJson("/api/invoices", Map.of("number", newNumber(), "amount", "100.00",
                "currency", "EUR", "issueDate", DUE.minusDays(30).toString(), "dueDate", DUE.toString(),
                "ongoingWork", false, "customer", french));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString()).contains("customer.locale", "en, nl, de, he");
    }

    @Test
    void theDisputeOutcomeIsWrittenWhollyInTheCustomersLanguage() throws Exception {
        Invoice dutch = registered(customer("Jan de Vries", "Keizersgracht 1, Amsterdam", "nl", "NL"), "EUR");
        Invoice german = registered(customer("Müller GmbH", "Friedrichstraße 12, 10117 Berlin", "de", "DE"), "EUR");

        disputes.sendOutcome(dutch.getId(), 1L, DisputeResolution.CREDIT_NOTE, new BigDecimal("100.00"));
        disputes.sendOutcome(german.getId(), 2L, DisputeResolution.UPHELD, null);

        assertThat(letter(dutch, LetterType.DISPUTE_RESOLVED).getBodyText())
                .contains("Wij hebben een creditnota van €" + NBSP + "100,00 opgemaakt.")
                .doesNotContain("We have", "credit note", "EUR");
        assertThat(letter(german, LetterType.DISPUTE_RESOLVED).getBodyText())
                .contains("Wir haben die Rechnung geprüft; sie bleibt unverändert bestehen.")
                .doesNotContain("We have", "stands as sent");
    }

    @Test
    void theDutchReceiptOfAnOverpaymentSaysSoInDutch() throws Exception {
        Invoice dutch = registered(customer("Jan de Vries", "Keizersgracht 1, Amsterdam", "nl", "NL"), "EUR");
        // the balance on the day: the invoice and what the claim added by then; 12.50 more than that
        BigDecimal owed = invoices.get(dutch.getNumber()).balance().amount();
        assertThat(pay(dutch.getNumber(), owed.add(new BigDecimal("12.50")).toPlainString(), "R-" + dutch.getNumber())
                .getResponse().getStatus()).isLessThan(300);
        runDueJobs();

        assertThat(letter(dutch, LetterType.PAYMENT_RECEIPT).getBodyText())
                .contains("Wij hebben de volledige betaling van factuur " + dutch.getNumber() + " ontvangen.",
                        "U heeft €" + NBSP + "12,50 meer betaald dan verschuldigd was")
                .doesNotContain("You paid", "Transfer", "Zo betaalt u", "EUR");
    }

    private OutboxMessage letter(Invoice invoice, LetterType type) throws Exception {
        return messages(invoice.getNumber()).stream().filter(m -> m.getLetterType() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " for " + invoice.getNumber()));
    }
}
