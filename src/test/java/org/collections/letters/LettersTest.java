package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.collections.CaseTestSupport;
import org.collections.claim.ClaimService;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceService;
import org.collections.invoice.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Letters in the customer's language from one layout; partner letters in the business's; post as PDF. */
class LettersTest extends CaseTestSupport {

    @Autowired
    LetterRenderer renderer;
    @Autowired
    PdfRenderer pdf;
    @Autowired
    InvoiceService invoices;

    @Autowired
    ClaimService claims;

    /** The letter as it is written on {@code day}, with what the invoice owes then. */
    private RenderedLetter render(LetterType type, Invoice invoice, LetterDetails details, LocalDate day,
            long daysOverdue) {
        return renderer.render(type, List.of(new StatementLine(invoice, daysOverdue,
                claims.claimOn(invoice.getId(), day))), details, day);
    }

    private Invoice registered(String locale) throws Exception {
        String number = newNumber();
        register(invoice(number, "1000.00", LocalDate.of(2026, 2, 1), false, locale));
        return invoices.get(number);
    }

    @Test
    void aDutchCustomerGetsADutchNoticeWithAStatement() throws Exception {
        Invoice invoice = registered("nl");
        RenderedLetter letter = render(LetterType.LATE_NOTICE, invoice,
                new LetterDetails(null, Money.of(new java.math.BigDecimal("30"), "EUR"), null),
                LocalDate.of(2026, 3, 3), 30);
        assertThat(letter.subject()).isEqualTo("Factuur " + invoice.getNumber() + " is nu 30 dagen te laat");
        assertThat(letter.text()).startsWith("Geachte Jane Debtor,")
                .contains("kosten wegens late betaling van €\u00a030,00", "Rekeningoverzicht", "Zo betaalt u:");
        assertThat(letter.html()).contains("lang=\"nl\"", "Keizersgracht 1", "3 maart 2026");
    }

    @Test
    void onlyACustomerWithWorkGoingOnHearsInTheLateNoticeThatItStops() throws Exception {
        String number = newNumber();
        register(invoice(number, "1000.00", LocalDate.of(2026, 2, 1), true, "nl"));
        for (Invoice invoice : List.of(registered("nl"), invoices.get(number))) {
            RenderedLetter letter = render(LetterType.LATE_NOTICE, invoice, LetterDetails.none(),
                    LocalDate.of(2026, 3, 3), 30);
            String stops = "Tot de factuur is betaald, kunnen wij lopend werk voor u niet voortzetten.";
            if (invoice.hasOngoingWork()) {
                assertThat(letter.text()).contains(stops + " Blijft betaling uit");
            } else {
                assertThat(letter.text()).doesNotContain("lopend werk").contains("Blijft betaling uit");
            }
        }
    }

    @Test
    void anEnglishCustomerGetsTheEnglishFinalDemandWithItsDeadline() throws Exception {
        Invoice invoice = registered("en");
        RenderedLetter letter = render(LetterType.FINAL_DEMAND, invoice,
                LetterDetails.deadline(LocalDate.of(2026, 4, 17)), LocalDate.of(2026, 4, 3), 61);
        assertThat(letter.subject()).isEqualTo("Final demand: invoice " + invoice.getNumber());
        assertThat(letter.text()).contains("no later than April 17, 2026", "Balance owed");
    }

    @Test
    void partnerLettersAreInTheBusinessLanguageWithoutPaymentInstructions() throws Exception {
        Invoice invoice = registered("nl");
        RenderedLetter letter = render(LetterType.AGENCY_HANDOVER, invoice,
                new LetterDetails(null, null, "Jane Debtor, Keizersgracht 1"), LocalDate.of(2026, 6, 1), 120);
        assertThat(letter.text()).startsWith("Dear colleague,").contains("We hand over for collection")
                .doesNotContain("How to pay");
        assertThat(letter.html()).doesNotContain("class=\"address\"");
    }

    @Test
    void lettersForPostRenderAsPdf() throws Exception {
        Invoice invoice = registered("en");
        RenderedLetter letter = render(LetterType.INVOICE_COPY, invoice, LetterDetails.none(),
                LocalDate.of(2026, 2, 10), 9);
        byte[] document = pdf.render(letter.html());
        assertThat(new String(document, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(document.length).isGreaterThan(1000);
    }
}
