package org.collections.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.collections.CaseTestSupport;
import org.collections.letters.RenderedLetter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** The statement of account on demand: every open invoice of the customer, in the customer's language, as PDF. */
class AccountStatementTest extends CaseTestSupport {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 5);

    @Autowired
    AccountStatement statements;

    @Test
    void theStatementOfAccountListsEveryOpenInvoiceInTheCustomersLanguage() throws Exception {
        String customer = newCustomerNumber();
        List<String> numbers = registerInvoicesOf(customer, DUE, "nl", "100.00", "250.00", "60.00");
        assertThat(pay(numbers.get(1), "50.00", "ref-" + customer).getResponse().getStatus()).isLessThan(300);
        assertThat(pay(numbers.get(2), "60.00", "ref2-" + customer).getResponse().getStatus()).isLessThan(300);
        runDueJobs();
        assertThat(invoiceView(numbers.get(2)).get("status").asText()).isEqualTo("PAID");
        ClockUtil.setCurrentTime(Date.from(DUE.plusDays(10).atTime(12, 0).atZone(ZONE).toInstant()));

        RenderedLetter statement = statements.of(customer);
        assertThat(statement.subject()).isEqualTo("Rekeningoverzicht");
        assertThat(statement.html()).contains("lang=\"nl\"", numbers.get(0), numbers.get(1), "Keizersgracht 1",
                "Dagen te laat", "Gecrediteerd", "€\u00a0200,00", "Totaal verschuldigd", "€\u00a0300,00")
                .doesNotContain(numbers.get(2));
        assertThat(statement.text()).contains(numbers.get(1) + ", vervallen op 5 mrt. 2026, 10 dagen te laat: "
                + "bedrag €\u00a0250,00, betaald €\u00a050,00, gecrediteerd €\u00a00,00, kosten €\u00a00,00, saldo €\u00a0200,00");

        MockHttpServletResponse response = mvc.perform(get("/api/customers/" + customer + "/statement.pdf")
                .accept(MediaType.APPLICATION_PDF).with(httpBasic(SYSTEM, PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        byte[] pdf = response.getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Rekeningoverzicht", "Jane Debtor", numbers.get(0), numbers.get(1),
                    "Totaal verschuldigd", "300,00").doesNotContain(numbers.get(2));
        }
    }

    @Test
    void theStatementShowsTheCreditAwaitingAManagersDecisionWithOrWithoutOpenInvoices() throws Exception {
        String customer = newCustomerNumber();
        List<String> numbers = registerInvoicesOf(customer, DUE, "nl", "100.00", "80.00");
        assertThat(pay(numbers.get(0), "170.00", "over-" + customer).getResponse().getStatus()).isLessThan(300);
        runDueJobs();

        assertThat(statements.of(customer).text()).contains(numbers.get(1), "Op uw rekening staat daarnaast een "
                + "tegoed van € 70,00 uit een eerdere betaling; dat is hierboven niet afgetrokken.");

        String english = newCustomerNumber();
        String paid = registerInvoicesOf(english, DUE, "en", "40.00").get(0);
        assertThat(pay(paid, "45.50", "over-" + english).getResponse().getStatus()).isLessThan(300);
        runDueJobs();
        assertThat(statements.of(english).text()).contains("There are no open invoices on your account.",
                "Your account holds a credit of €5.50 from an earlier payment.");
    }

    @Test
    void theStatementOfACustomerWithoutOpenInvoicesSaysSoAndAnUnknownCustomerIs404() throws Exception {
        String customer = newCustomerNumber();
        String number = registerInvoicesOf(customer, DUE, "en", "40.00").get(0);
        pay(number, "40.00", "ref-" + customer);
        runDueJobs();
        RenderedLetter statement = statements.of(customer);
        assertThat(statement.text()).contains("There are no open invoices on your account.")
                .doesNotContain(number, "Total owed");

        MockHttpServletResponse unknown = mvc.perform(get("/api/customers/NOBODY-" + customer + "/statement.pdf")
                .accept(MediaType.APPLICATION_PDF).with(httpBasic(SYSTEM, PASSWORD))).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json.readTree(unknown.getContentAsString()).get("detail").asText())
                .isEqualTo("no customer with number NOBODY-" + customer);

        MockHttpServletResponse anonymous = mvc.perform(get("/api/customers/" + customer + "/statement.pdf"))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
    }
}
