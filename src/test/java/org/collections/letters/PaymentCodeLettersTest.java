package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collections.CaseTestSupport;
import org.collections.claim.Claim;
import org.collections.claim.ClaimService;
import org.collections.customer.AccountStatement;
import org.collections.customer.Customer;
import org.collections.invoice.CreditorReference;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceService;
import org.collections.invoice.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Letters in euros can be paid with a scan: the PDF and the email carry the EPC QR code of the amount the letter asks
 * for, to the configured account, with the structured reference that books it (the invoice's, or the customer
 * account's for a letter about several invoices). Every letter's payment instruction names that reference in words.
 */
class PaymentCodeLettersTest extends CaseTestSupport {

    private static final LocalDate DUE = LocalDate.of(2026, 2, 1);
    private static final LocalDate DAY = LocalDate.of(2026, 4, 3);
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
    AccountStatement statements;
    @Autowired
    LetterService letters;

    /** The EPC payload the configured account (application.yaml) gives for this amount and reference. */
    private static String epc(String amount, CreditorReference reference) {
        return String.join("\n", "BCD", "002", "1", "SCT", "ABNANL2A", "Example Services B.V.", "NL91ABNA0417164300",
                amount, "", reference.electronic());
    }

    /** The reference as the payment instruction prints it: groups of four held together. */
    private static String inWords(CreditorReference reference) {
        return reference.printed().replace(" ", NBSP);
    }

    private Invoice registered(String name, String address, String locale, String country, String currency)
            throws Exception {
        String number = newNumber();
        Map<String, Object> customer = new HashMap<>(Map.of("number", newCustomerNumber(), "name", name,
                "email", "debtor@example.com", "phone", "+31 20 123 4567", "address", address, "type", "BUSINESS",
                "locale", locale, "timeZone", "Europe/Amsterdam", "country", country));
        register(Map.of("number", number, "amount", "1250.00", "currency", currency, "issueDate",
                DUE.minusDays(30).toString(), "dueDate", DUE.toString(), "ongoingWork", false, "customer", customer));
        return invoices.get(number);
    }

    private StatementLine line(Invoice invoice) {
        return new StatementLine(invoice, 61, claims.claimOn(invoice.getId(), DAY), true);
    }

    @Test
    void aEuroLetterAboutOneInvoiceCarriesItsBalanceAndItsReferenceInTheCodeAndInWords() throws Exception {
        Invoice invoice = registered("Jane Debtor", "1 Main Street, London", "en", "GB", "EUR");
        StatementLine line = line(invoice);
        Claim claim = line.claim();
        RenderedLetter letter = renderer.render(LetterType.FINAL_DEMAND, List.of(line),
                LetterDetails.deadline(DAY.plusDays(14)), DAY);

        // the figure the letter prints as the balance and asks for, and the one the code asks for, are the claim's
        String balance = LetterFormat.of(java.util.Locale.ENGLISH).money(claim.balance());
        assertThat(letter.text()).contains("Balance owed: " + balance, "Please transfer " + balance + " to IBAN",
                "quoting the payment reference " + inWords(invoice.paymentReference()) + " (invoice "
                        + invoice.getNumber() + ").");
        assertThat(QrCodes.inPdf(pdf.render(letter.html()))).containsExactly(
                epc("EUR" + claim.balance().amount().toPlainString(), invoice.paymentReference()));
        assertThat(claim.balance().amount()).isEqualByComparingTo("1310.00");
        // beside the code: its caption and the reference for people who type it
        assertThat(letter.html()).contains("Scan with your banking app", "Payment reference",
                invoice.paymentReference().printed());
    }

    @Test
    void theSameLetterRenderedTwiceIsTheSameLetter() throws Exception {
        Invoice invoice = registered("Jane Debtor", "1 Main Street, London", "en", "GB", "EUR");
        RenderedLetter once = renderer.render(LetterType.OVERDUE_REMINDER, List.of(line(invoice)),
                LetterDetails.none(), DAY);
        RenderedLetter twice = renderer.render(LetterType.OVERDUE_REMINDER, List.of(line(invoice)),
                LetterDetails.none(), DAY);
        assertThat(once.html()).contains("data:image/png;base64,").isEqualTo(twice.html());
    }

    @Test
    void lettersInDollarsOrShekelsCarryNoCodeButTheReferenceInWords() throws Exception {
        Invoice dollars = registered("Jane Debtor", "1 Main Street, New York", "en", "US", "USD");
        Invoice shekels = registered("דוד כהן", "רחוב הרצל 12, תל אביב", "he", "IL", "ILS");

        RenderedLetter english = renderer.render(LetterType.FINAL_DEMAND, List.of(line(dollars)),
                LetterDetails.deadline(DAY.plusDays(14)), DAY);
        RenderedLetter hebrew = renderer.render(LetterType.FINAL_DEMAND, List.of(line(shekels)),
                LetterDetails.deadline(DAY.plusDays(14)), DAY);

        assertThat(QrCodes.images(pdf.render(english.html()))).isEmpty();
        assertThat(QrCodes.images(pdf.render(hebrew.html()))).isEmpty();
        assertThat(english.html()).doesNotContain("data:image", "Scan with your banking app");
        assertThat(english.text()).contains("Please transfer $", "quoting the payment reference "
                + inWords(dollars.paymentReference()) + " (invoice " + dollars.getNumber() + ")");
        assertThat(hebrew.text().replace(LRM, "")).contains("בציון מספר האסמכתא " + inWords(shekels.paymentReference())
                + " (חשבונית " + shekels.getNumber() + ")");
        assertThat(hebrew.html()).doesNotContain("data:image", "סרקו");
    }

    @Test
    void aLetterListingSeveralInvoicesCarriesTheirTotalAndTheAccountsReference() throws Exception {
        String customerNumber = newCustomerNumber();
        List<Invoice> two = registerInvoicesOf(customerNumber, DUE, "nl", "100.00", "250.00").stream()
                .map(invoices::get).toList();
        List<StatementLine> lines = two.stream().map(this::line).toList();
        Customer customer = two.get(0).getCustomer();
        Money total = lines.stream().map(l -> l.claim().balance()).reduce(Money::plus).orElseThrow();

        RenderedLetter letter = renderer.render(LetterType.OVERDUE_REMINDER, lines, LetterDetails.none(), DAY);

        assertThat(total.amount()).isEqualByComparingTo("470.00");
        assertThat(QrCodes.inPdf(pdf.render(letter.html())))
                .containsExactly(epc("EUR470.00", customer.paymentReference()));
        assertThat(letter.text()).contains("Totaal verschuldigd: €" + NBSP + "470,00",
                "onder vermelding van betalingskenmerk " + inWords(customer.paymentReference()) + " (facturen ")
                .contains(two.get(0).getNumber(), two.get(1).getNumber());
        assertThat(letter.html()).contains("Scan met uw bankapp", "Betalingskenmerk")
                .doesNotContain(two.get(0).paymentReference().printed());
    }

    @Test
    void theStatementOfAccountCarriesTheTotalOwedAndTheAccountsReference() throws Exception {
        String customerNumber = newCustomerNumber();
        List<Invoice> three = registerInvoicesOf(customerNumber, DUE.plusDays(60), "de", "100.00", "200.00",
                "300.00").stream().map(invoices::get).toList();
        Money total = three.stream().map(i -> claims.currentOf(i.getId()).balance()).reduce(Money::plus)
                .orElseThrow();

        RenderedLetter statement = statements.of(customerNumber);

        assertThat(QrCodes.inPdf(pdf.render(statement.html()))).containsExactly(
                epc("EUR" + total.amount().toPlainString(), three.get(0).getCustomer().paymentReference()));
        assertThat(total.amount()).isEqualByComparingTo("600.00");
        assertThat(statement.text()).contains("unter Angabe der Zahlungsreferenz "
                + inWords(three.get(0).getCustomer().paymentReference()));
    }

    @Test
    void aPlanConfirmationLeavesTheAmountToThePayerAndAnOfferAsksForTheAmountOffered() throws Exception {
        Invoice invoice = registered("Jane Debtor", "1 Main Street, London", "en", "GB", "EUR");
        RenderedLetter plan = renderer.render(LetterType.PAYMENT_PLAN_CONFIRMATION, List.of(line(invoice)),
                LetterDetails.none().withSchedule(List.of(
                        new LetterDetails.Due(DAY.plusDays(7), Money.of(new BigDecimal("655.00"), "EUR")),
                        new LetterDetails.Due(DAY.plusDays(37), Money.of(new BigDecimal("655.00"), "EUR")))),
                DAY);
        RenderedLetter offer = renderer.render(LetterType.AGENCY_DISCOUNT_OFFER, List.of(line(invoice)),
                new LetterDetails(DAY.plusDays(14), Money.of(new BigDecimal("1100.00"), "EUR"), null), DAY);

        assertThat(QrCodes.inPdf(pdf.render(plan.html())))
                .containsExactly(epc("", invoice.paymentReference()));
        assertThat(plan.text()).contains("Please pay each instalment by transfer",
                inWords(invoice.paymentReference()));
        assertThat(QrCodes.inPdf(pdf.render(offer.html())))
                .containsExactly(epc("EUR1100.00", invoice.paymentReference()));
        assertThat(offer.text()).contains("Please transfer €1,100.00");
    }

    @Test
    void aReceiptAsksForNothingAndCarriesNoCode() throws Exception {
        Invoice invoice = registered("Jane Debtor", "1 Main Street, London", "en", "GB", "EUR");
        RenderedLetter receipt = renderer.render(LetterType.PAYMENT_RECEIPT, List.of(line(invoice)),
                LetterDetails.none(), DAY);
        assertThat(receipt.html()).doesNotContain("data:image", "Scan with your banking app");
    }

    @Test
    void theEmailCarriesTheCodeAsAnInlineImageWhileTheOutboxKeepsTheLetterAsThePdfPrintsIt() throws Exception {
        Invoice invoice = registered("Jane Debtor", "1 Main Street, London", "en", "GB", "EUR");
        letters.send(List.of(invoice.getId()), LetterType.PROMISE_CONFIRMATION, "PROMISE_CONFIRMATION:qr-test",
                LetterDetails.deadline(START.toLocalDate().plusDays(10)));
        OutboxMessage stored = outbox.findByInvoiceIdAndStepKeyAndChannel(invoice.getId(),
                "PROMISE_CONFIRMATION:qr-test", Channel.EMAIL).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(OutboxStatus.SENT);
        String payload = epc("EUR" + claims.currentOf(invoice.getId()).balance().amount()
                .toPlainString(), invoice.paymentReference());
        // the stored body is the letter as printed: the PDF of it carries the code
        assertThat(stored.getBodyHtml()).contains("src=\"data:image/png;base64,").doesNotContain("cid:");
        assertThat(QrCodes.inPdf(pdf.render(stored.getBodyHtml()))).containsExactly(payload);

        MimeMessage mail = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> stored.messageId().equals(messageId(m))).findFirst().orElseThrow();
        List<Part> parts = new ArrayList<>();
        collect(mail, parts);
        Part html = parts.stream().filter(p -> isType(p, "text/html")).findFirst().orElseThrow();
        Part image = parts.stream().filter(p -> isType(p, "image/png")).findFirst().orElseThrow();
        assertThat((String) html.getContent()).contains("src=\"cid:image1@collections.local\"")
                .doesNotContain("data:image");
        assertThat(image.getDisposition()).isEqualTo(Part.INLINE);
        assertThat(image.getHeader("Content-ID")).containsExactly("<image1@collections.local>");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        image.getInputStream().transferTo(png);
        assertThat(QrCodes.decode(png.toByteArray())).isEqualTo(payload);
        assertThat(parts.stream().filter(p -> isType(p, "text/plain")).findFirst().orElseThrow().getContent()
                .toString()).contains("quoting the payment reference " + inWords(invoice.paymentReference()));
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every leaf part of the mail, depth first. */
    private static void collect(Part part, List<Part> leaves) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, leaves);
            }
        } else {
            leaves.add(part);
        }
    }
}
