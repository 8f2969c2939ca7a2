package org.collections.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collections.CaseTestSupport;
import org.collections.letters.LetterType;
import org.collections.letters.OutboxMessage;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What an invoice owes as the API and the letters show it: late fees by policy and currency, statutory interest and
 * costs by the customer's country and type, payments allocated as the law says.
 */
class ClaimApiTest extends CaseTestSupport {

    /** An invoice of its own customer, changed from the test default (a Dutch consumer, EUR, late fee allowed). */
    private Map<String, Object> invoice(String number, String amount, LocalDate due, String currency, String country,
            String type, Boolean lateFeeAllowed) {
        Map<String, Object> body = new HashMap<>(invoice(number, amount, due, false, "en", type));
        body.put("currency", currency);
        if (lateFeeAllowed != null) {
            body.put("lateFeeAllowed", lateFeeAllowed);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = new HashMap<>((Map<String, Object>) body.get("customer"));
        customer.put("country", country);
        customer.put("timeZone", "Europe/Berlin");
        body.put("customer", customer);
        return body;
    }

    private OutboxMessage letter(String number, LetterType type) throws Exception {
        return messages(number).stream().filter(m -> m.getLetterType() == type).findFirst().orElseThrow();
    }

    @Test
    void anInvoiceRegistered95DaysLateOwesThreeLateFeesAtOnceAndTheFinalDemandNamesThem() throws Exception {
        String number = newNumber();
        LocalDate due = today().minusDays(95);
        register(invoice(number, "1000.00", due, "EUR", "BE", "CONSUMER", null));
        runDueJobs();

        JsonNode view = invoiceView(number);
        assertThat(view.get("fees").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(view.at("/claim/lateFees")).extracting(f -> f.get("on").asText()).containsExactly(
                due.plusDays(30).toString(), due.plusDays(60).toString(), due.plusDays(90).toString());
        // a Belgian consumer: no statutory rule here, only the contract, which names no interest or costs
        assertThat(view.get("interest").decimalValue()).isZero();
        assertThat(view.get("costs").decimalValue()).isZero();
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("1090.00");
        assertThat(letter(number, LetterType.FINAL_DEMAND).getBodyText()).contains("Late fees: €90.00",
                "Balance owed: €1,090.00");
        assertThat(dossierText(number)).contains("3rd late fee, due since " + due.plusDays(90));
    }

    @Test
    void aGermanBusinessOwesParagraph288InterestAndFortyEurosFromTheFinalDemand() throws Exception {
        String number = newNumber();
        LocalDate due = today().minusDays(65);
        register(invoice(number, "4000.00", due, "EUR", "DE", "BUSINESS", null));
        runDueJobs();

        JsonNode view = invoiceView(number);
        // § 288 Abs. 2 BGB: base rate 1.27 + 9 points, from the day after the due date up to today
        long days = ChronoUnit.DAYS.between(due.plusDays(1), today());
        BigDecimal interest = new BigDecimal("4000.00").multiply(new BigDecimal("10.27")).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(36500), 2, RoundingMode.HALF_UP);
        assertThat(view.get("interest").decimalValue()).isEqualByComparingTo(interest);
        assertThat(view.at("/claim/interestSource").asText()).contains("§ 288 Abs. 2 BGB");
        assertThat(view.at("/claim/interestPeriods/0/percent").decimalValue()).isEqualByComparingTo("10.27");
        assertThat(view.get("costs").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(view.at("/claim/costsSource").asText()).contains("§ 288 Abs. 5 BGB");
        assertThat(view.get("fees").decimalValue()).isEqualByComparingTo("60.00");
        BigDecimal balance = new BigDecimal("4100.00").add(interest);
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo(balance);
        assertThat(letter(number, LetterType.FINAL_DEMAND).getBodyText()).contains("Invoice amount: €4,000.00",
                "Interest to date: " + english(interest), "Collection costs: €40.00",
                "Balance owed: " + english(balance), "Verzugszinsen");

        // the legal route weighs the whole claim
        assertThat(getJson("/api/invoices/" + number + "/legal-options").get("claim").decimalValue())
                .isEqualByComparingTo(balance);

        // § 367 BGB: a payment settles the costs first, then the interest, then the principal
        pay(number, "200.00", "BANK-" + number);
        view = invoiceView(number);
        assertThat(view.at("/claim/costsOwed").decimalValue()).isZero();
        assertThat(view.at("/claim/feesOwed").decimalValue()).isZero();
        assertThat(view.at("/claim/interestOwed").decimalValue())
                .isEqualByComparingTo(interest.subtract(new BigDecimal("100.00")).max(BigDecimal.ZERO));
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo(balance.subtract(new BigDecimal("200.00")));
        assertThat(view.at("/claim/paymentOrder").asText()).contains("§ 367 BGB");

        // paying what the API shows today settles the case
        pay(number, view.get("balance").decimalValue().toPlainString(), "BANK2-" + number);
        runDueJobs();
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("PAID");
    }

    @Test
    void aPaymentDatedEarlierPaysWhatWasOwedThatDayAndTheRestIsCredit() throws Exception {
        String number = newNumber();
        LocalDate due = today().minusDays(65);
        register(invoice(number, "4000.00", due, "EUR", "DE", "BUSINESS", null));
        runDueJobs();
        BigDecimal owedToday = invoiceView(number).get("balance").decimalValue();

        // paid three days ago (after both late fees): interest stopped then, so less than today's balance settles it
        MvcResult result = postJson("/api/invoices/" + number + "/payments", Map.of("amount", "5000.00",
                "currency", "EUR", "paidAt", today().minusDays(3).toString(), "reference", "EARLY-" + number));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode payment = json.readTree(result.getResponse().getContentAsString());
        BigDecimal booked = payment.get("booked").decimalValue();
        BigDecimal toCredit = payment.get("toCredit").decimalValue();
        assertThat(booked.add(toCredit)).isEqualByComparingTo("5000.00");
        assertThat(booked).isLessThan(owedToday).isGreaterThan(new BigDecimal("4100.00"));

        JsonNode view = invoiceView(number);
        assertThat(view.get("status").asText()).isEqualTo("PAID");
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(getJson("/api/customers/" + number).at("/credit/0/amount").decimalValue())
                .isEqualByComparingTo(toCredit);
    }

    @Test
    void aPaymentDatedBeforeTheFirstLateFeeOwesNoFeeAndTheFeesBookedMeanwhileAreWithdrawn() throws Exception {
        String number = newNumber();
        LocalDate due = today().minusDays(65);
        register(invoice(number, "1000.00", due, "EUR", "NL", "BUSINESS", null));
        runDueJobs();
        assertThat(invoiceView(number).get("fees").decimalValue()).as("booked since the case began").isPositive();

        // the bank statement arrives weeks late: the customer paid everything two weeks after the due date
        MvcResult result = postJson("/api/invoices/" + number + "/payments", Map.of("amount", "1200.00",
                "currency", "EUR", "paidAt", due.plusDays(14).toString(), "reference", "LATE-STATEMENT-" + number));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode payment = json.readTree(result.getResponse().getContentAsString());
        BigDecimal booked = payment.get("booked").decimalValue();
        assertThat(booked).as("the principal and the interest of 14 days, no fee")
                .isGreaterThan(new BigDecimal("1000.00")).isLessThan(new BigDecimal("1010.00"));
        assertThat(payment.get("toCredit").decimalValue()).isEqualByComparingTo(new BigDecimal("1200.00")
                .subtract(booked));

        JsonNode view = invoiceView(number);
        assertThat(view.get("status").asText()).isEqualTo("PAID");
        assertThat(view.get("fees").decimalValue()).isEqualByComparingTo("0");
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(dossierText(number)).contains("withdrawn", "by the payments and the due date known now it never fell due");
    }

    @Test
    void exactlyTodaysBalancePaidEarlierSettlesTheInvoiceAndWhatItDidNotOweIsCredit() throws Exception {
        String number = newNumber();
        register(invoice(number, "4000.00", today().minusDays(65), "EUR", "DE", "BUSINESS", null));
        runDueJobs();
        BigDecimal owedToday = invoiceView(number).get("balance").decimalValue();

        // a bank statement books a transfer of the balance its payer saw, on the day the payer sent it
        MvcResult result = postJson("/api/invoices/" + number + "/payments", Map.of("amount",
                owedToday.toPlainString(), "currency", "EUR", "paidAt", today().minusDays(7).toString(),
                "reference", "SEEN-" + number));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode payment = json.readTree(result.getResponse().getContentAsString());
        BigDecimal toCredit = payment.get("toCredit").decimalValue();
        assertThat(toCredit).as("a week's interest less").isPositive();
        assertThat(payment.get("booked").decimalValue().add(toCredit)).isEqualByComparingTo(owedToday);

        JsonNode view = invoiceView(number);
        assertThat(view.get("status").asText()).isEqualTo("PAID");
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("0");
        for (String part : List.of("principalOwed", "feesOwed", "interestOwed", "costsOwed")) {
            assertThat(view.at("/claim/" + part).decimalValue()).as(part).isEqualByComparingTo("0");
        }
        assertThat(getJson("/api/customers/" + number).at("/credit/0/amount").decimalValue())
                .isEqualByComparingTo(toCredit);
    }

    @Test
    void anInvoiceInACurrencyWithoutAFeeGetsNoneAndItsNoticeSaysNothingOfAFee() throws Exception {
        String number = newNumber();
        register(invoice(number, "150000", today().minusDays(45), "JPY", "JP", "BUSINESS", null));
        runDueJobs();

        JsonNode view = invoiceView(number);
        assertThat(view.get("fees").decimalValue()).isZero();
        assertThat(view.at("/claim/lateFeeNote").asText()).isEqualTo("the policy has no late fee in JPY");
        assertThat(view.get("balance").decimalValue()).isEqualByComparingTo("150000");
        assertThat(letter(number, LetterType.LATE_NOTICE).getBodyText())
                .contains("The statement below shows the amount now owed: ¥150,000.")
                .doesNotContainIgnoringCase("late fee");
        assertThat(dossierText(number)).contains("No late fee: the policy has no late fee in JPY");
    }

    @Test
    void aContractWithoutALateFeeGetsNone() throws Exception {
        String number = newNumber();
        register(invoice(number, "500.00", today().minusDays(40), "EUR", "NL", "BUSINESS", false));
        runDueJobs();
        JsonNode view = invoiceView(number);
        assertThat(view.get("fees").decimalValue()).isZero();
        assertThat(view.at("/claim/lateFeeNote").asText()).isEqualTo("the contract does not allow a late fee");
        assertThat(letter(number, LetterType.LATE_NOTICE).getBodyText()).doesNotContainIgnoringCase("late fee");
    }

    @Test
    void aDutchConsumerRegisteredAfterDaySixtyGetsTheFourteenDayLetterAsFinalDemandAndNoCostsBeforeItsTerm()
            throws Exception {
        String number = newNumber();
        register(invoice(number, "1000.00", today().minusDays(65), "EUR", "NL", "CONSUMER", null));
        runDueJobs();

        LocalDate term = today().plusDays(2 + 14);
        JsonNode view = invoiceView(number);
        assertThat(view.at("/claim/fourteenDayLetterDeadline").asText()).isEqualTo(term.toString());
        assertThat(view.get("costs").decimalValue()).isZero();
        assertThat(view.at("/claim/costsBasis").asText()).contains("14-day letter");
        assertThat(view.get("interest").decimalValue()).isPositive();
        OutboxMessage demand = letter(number, LetterType.FINAL_DEMAND);
        assertThat(demand.getStepKey()).isEqualTo("FINAL_DEMAND:fourteen-day");
        assertThat(demand.getBodyText()).contains("within fourteen days", "collection costs of €150.00");

        travelTo(term, 12);
        assertThat(invoiceView(number).get("costs").decimalValue()).isZero();
        travelTo(term.plusDays(1), 12);
        assertThat(invoiceView(number).get("costs").decimalValue()).isEqualByComparingTo("150.00");
    }

    /** An amount as a letter in this language writes it (letters/LetterFormat). */
    private static String english(java.math.BigDecimal amount) {
        return org.collections.letters.LetterFormat.of(java.util.Locale.forLanguageTag("en"))
                .money(org.collections.invoice.Money.of(amount, "EUR"));
    }
}
