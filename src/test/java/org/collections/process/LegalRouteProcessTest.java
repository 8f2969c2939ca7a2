package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The legal route: ChooseLegalAction's recommendation from the ranking by expected net recovery, the manager's
 * approval or override of an action the claim allows, the action, and what happens after it: a settled claim closes
 * the case, anything still owed goes back to the manager. Cases reach it 62 days late plus the 14-day demand deadline
 * (76 days), or 100 + 14 days.
 */
class LegalRouteProcessTest extends CaseTestSupport {

    @Autowired
    TestRestTemplate http;

    /**
     * Claims of the invoice amount alone: customers outside the EU, whose contract has no late fee and names no
     * interest or costs, so the figures below are the ranking's own. What fees and the law add to a claim is tested in
     * {@code claim/ClaimApiTest}.
     */
    @BeforeEach
    void claimsOfTheInvoiceAmountAlone() {
        customerCountry = "CH";
        lateFeeAllowed = false;
    }

    private ProcessInstance legal(ProcessInstance parent) {
        return child(parent, LegalRouteProcess.KEY);
    }

    private String recommendation(ProcessInstance parent) {
        return (String) runtime.getVariable(legal(parent).getId(), "recommendedAction");
    }

    private String optionsTable(ProcessInstance parent) {
        return (String) runtime.getVariable(legal(parent).getId(), "legalOptions");
    }

    private void approve(String number, String action) {
        complete(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION, Map.of("legalAction", action, "approved", true,
                "approvalNotes", ""));
        runDueJobs();
    }

    private void writeOff(String number, String reason) {
        complete(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION, Map.of("legalAction", "WRITE_OFF",
                "approved", true, "writeOffReason", reason));
        runDueJobs();
    }

    @Test
    void aClaimCostingMoreThanItCanRecoverIsWrittenOffWithTheManagersReason() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "60.00", "CONSUMER", 62);
        assertThat(recommendation(pi)).isEqualTo("WRITE_OFF");
        assertThat(tasks.getVariable(task(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION).getId(),
                "legalAction")).as("the form's choice, preselected").isEqualTo("WRITE_OFF");
        ProcessInstance legal = legal(pi);
        assertThatThrownBy(() -> complete(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION,
                Map.of("legalAction", "WRITE_OFF", "approved", true, "writeOffReason", " ")))
                .hasMessageContaining("writeOffReason is required to write off a claim");
        assertThat(legal).isWaitingAt(LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION);

        writeOff(number, "A letter would cost more than the claim");
        assertThat(legal).isEnded().hasPassed(LegalRouteProcess.END_INVOICE_WRITTEN_OFF);
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_WRITTEN_OFF);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("WRITTEN_OFF");
        assertThat(dossierText(number)).contains("Reason for writing off: A letter would cost more than the claim")
                .contains("Written off: EUR 60.00 will not be collected. Reason: A letter would cost more than the claim");
    }

    @Test
    void anIgnoredLawyersLetterBringsTheClaimBackToTheManagerWithCourtRecommended() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "30000.00", "CONSUMER", 62);
        assertThat(recommendation(pi)).isEqualTo("LAWYER_LETTER");
        ProcessInstance legal = legal(pi);
        approve(number, "LAWYER_LETTER");
        assertThat(letterTypes(number)).contains("LAWYER_INSTRUCTION/PARTNER");
        assertThat(legal).isWaitingAt(LegalRouteProcess.EVENT_LAWYER_DEADLINE_PASSED);

        travelTo(START.plusDays(14 + 14).plusHours(2));
        assertThat(legal).isWaitingAt(LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("OPEN");
        assertThat(dossierText(number)).contains(
                "Lawyer's demand letter: the deadline passed without payment; EUR 30000.00 still owed, back to the manager");
        assertThat(recommendation(pi)).isEqualTo("COURT");
        assertThat(tasks.getVariable(task(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION).getId(),
                "legalAction")).isEqualTo("COURT");
        assertThat(optionsTable(pi)).contains("| Court with a lawyer (recommended) | yes | EUR 2500.00 | 70% | EUR 19375.00 |")
                .contains("| Lawyer's demand letter | no |");

        // lost in court: back to the manager again, and stopping now needs a reason
        approve(number, "COURT");
        assertThat(letterTypes(number)).contains("COURT_INSTRUCTION/PARTNER");
        complete(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, Map.of("recoveredAmount", 0,
                "legalOutcomeNotes", "Claim dismissed"));
        assertThat(legal).isWaitingAt(LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION);
        assertThat(recommendation(pi)).isEqualTo("WRITE_OFF");
        writeOff(number, "Lost in court; nothing left to try");
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_WRITTEN_OFF);
        assertThat(dossierText(number)).contains("Court with a lawyer brought in EUR 0.00")
                .contains("Reason: Lost in court; nothing left to try");
    }

    @Test
    void aSmallConsumerClaimGoesToSmallClaimsCourtOnceTheLettersDeadlinePassed() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "CONSUMER", 62);
        assertThat(recommendation(pi)).isEqualTo("LAWYER_LETTER");
        assertThat(optionsTable(pi)).contains("| Small-claims court | yes | EUR 250.00 | 70% | EUR 450.00 |");
        approve(number, "LAWYER_LETTER");
        assertThat(pay(number, "100.00", "PART-" + number).getResponse().getStatus()).isEqualTo(201);
        travelTo(START.plusDays(14 + 14).plusHours(2));

        // reassessed on what is still owed
        assertThat(recommendation(pi)).isEqualTo("SMALL_CLAIMS");
        approve(number, "SMALL_CLAIMS");
        assertThat(letterTypes(number)).contains("SMALL_CLAIM/PARTNER");
        complete(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, Map.of("recoveredAmount", 900,
                "legalOutcomeNotes", "Judgment paid"));
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_CLAIM_RECOVERED);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("RECOVERED");
        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void aPartialRecoveryGoesBackToTheManagerInsteadOfWritingOffTheRest() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "CONSUMER", 62);
        approve(number, "SMALL_CLAIMS");
        complete(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, Map.of("recoveredAmount", 400));

        assertThat(legal(pi)).isWaitingAt(LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION);
        JsonNode invoice = invoiceView(number);
        assertThat(invoice.get("status").asText()).isEqualTo("OPEN");
        assertThat(invoice.get("balance").decimalValue()).isEqualByComparingTo("600");
        assertThat(dossierText(number)).contains("Small-claims court brought in EUR 400.00; EUR 600.00 still owed")
                .doesNotContain("written off");
        assertThatThrownBy(() -> approve(number, "SMALL_CLAIMS")).hasMessageContaining("legalAction")
                .hasMessageContaining("already tried on this claim");

        writeOff(number, "The customer has emigrated");
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_WRITTEN_OFF);
        assertThat(dossierText(number)).contains("Written off: EUR 600.00 will not be collected. Reason: The customer has emigrated");
    }

    @Test
    void aManagerMaySellABusinessInvoiceToTheFactor() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "BUSINESS", 62);
        approve(number, "FACTORING");
        assertThat(letterTypes(number)).contains("FACTORING_OFFER/PARTNER");
        assertThat(dossierText(number)).contains("Legal action approved: FACTORING (overrides the recommendation");
        complete(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, Map.of("recoveredAmount", 750));
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_SOLD);
        assertThat(dossierText(number)).contains("Recovered EUR 750.00, EUR 250.00 written off; case closed as SOLD");
    }

    @Test
    void approvingFactoringForAConsumerIsABadRequestAndNothingGoesToTheFactor() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "CONSUMER", 62);
        String approval = task(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION).getId();

        ResponseEntity<String> answer = asManager(HttpMethod.POST, "/engine-rest/task/" + approval + "/complete",
                Map.of("variables", Map.of("legalAction", Map.of("value", "FACTORING"),
                        "approved", Map.of("value", true))));
        runDueJobs();

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("legalAction").contains("factors buy business claims only");
        assertThat(task(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION).getId()).isEqualTo(approval);
        assertThat(legal(pi)).isWaitingAt(LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION);
        assertThat(letterTypes(number)).noneMatch(type -> type.startsWith("FACTORING_OFFER"));
        assertThat(dossierText(number)).doesNotContain("Legal action approved");
    }

    @Test
    void theLegalOptionsOfAnInvoiceAreRankedByExpectedNetRecovery() throws Exception {
        // a Dutch business, before its final demand claims interest and costs: the claim is the invoice amount
        customerCountry = "NL";
        String number = newNumber();
        register(invoice(number, "25000.00", START.toLocalDate().minusDays(65), false, "en", "BUSINESS"));

        JsonNode answer = getJson("/api/invoices/" + number + "/legal-options");
        assertThat(answer.get("recommended").asText()).isEqualTo("LAWYER_LETTER");
        List<String> actions = new ArrayList<>();
        answer.get("options").forEach(o -> actions.add(o.get("action").asText()));
        // what the claim allows first, then what it does not (court: EUR 17,187.50; agency: EUR 9,625.00)
        assertThat(actions).containsExactly("LAWYER_LETTER", "FACTORING", "SMALL_CLAIMS", "WRITE_OFF", "COURT",
                "COLLECTION_AGENCY");
        JsonNode letter = answer.get("options").get(0);
        assertThat(letter.get("available").asBoolean()).isTrue();
        assertThat(letter.get("cost").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(letter.get("successRate").decimalValue()).isEqualByComparingTo("45");
        assertThat(letter.get("expectedNet").decimalValue()).isEqualByComparingTo("21462.50");
        assertThat(letter.get("reason").asText()).contains("if ignored, FACTORING");
        JsonNode factoring = answer.get("options").get(1);
        assertThat(factoring.get("expectedNet").decimalValue()).isEqualByComparingTo("18750.00");
        assertThat(factoring.get("cost").decimalValue()).isEqualByComparingTo("6250.00");
        JsonNode writeOff = answer.get("options").get(3);
        assertThat(writeOff.get("successRate").isNull()).isTrue();
        assertThat(writeOff.get("expectedNet").decimalValue()).isEqualByComparingTo("0");
        JsonNode court = answer.get("options").get(4);
        assertThat(court.get("available").asBoolean()).isFalse();
        assertThat(court.get("expectedNet").decimalValue()).isEqualByComparingTo("17187.50");
        assertThat(court.get("reason").asText()).startsWith("within the small-claims limit of EUR 25000.00 in NL");
        assertThat(answer.get("options").get(5).get("reason").asText())
                .isEqualTo("only for claims more than 90 days late");
        assertThat(answer.get("currency").asText()).isEqualTo("EUR");

        assertThat(mvc.perform(get("/api/invoices/NO-SUCH-INVOICE/legal-options").with(httpBasic(SYSTEM, PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/invoices/" + number + "/legal-options")).andReturn().getResponse()
                .getStatus()).isEqualTo(401);

        // paid, nothing is claimed: no option is offered, factoring least of all
        assertThat(pay(number, "25000.00", "PAID-" + number).getResponse().getStatus()).isEqualTo(201);
        MvcResult closed = mvc.perform(get("/api/invoices/" + number + "/legal-options")
                .with(httpBasic(MANAGER, PASSWORD))).andReturn();
        assertThat(closed.getResponse().getStatus()).isEqualTo(409);
        assertThat(closed.getResponse().getContentAsString()).contains("is closed as PAID");
    }

    @Test
    void anOldClaimMayGoToTheAgencyAfterASettlementOfferOfItsFee() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "CONSUMER", 100);
        assertThat(optionsTable(pi)).contains("| Collection agency | yes | EUR 300.00 | 50% | EUR 350.00 |");
        approve(number, "COLLECTION_AGENCY");
        ProcessInstance legal = legal(pi);
        assertThat(legal).isWaitingAt(LegalRouteProcess.EVENT_DISCOUNT_OFFER_EXPIRED);
        assertThat(letterTypes(number)).contains("AGENCY_DISCOUNT_OFFER/EMAIL", "AGENCY_DISCOUNT_OFFER/POST");

        travelTo(START.plusDays(14 + 15).plusHours(2));
        assertThat(letterTypes(number)).contains("AGENCY_HANDOVER/PARTNER");
        complete(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, Map.of("recoveredAmount", 1000));
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_CLAIM_RECOVERED);
    }

    @Test
    void theAgencyIsNotForAClaimOfNinetyDaysOrLess() throws Exception {
        String young = newNumber();
        ProcessInstance youngCase = atLegalRoute(young, "1000.00", "CONSUMER", 62);
        assertThatThrownBy(() -> approve(young, "COLLECTION_AGENCY"))
                .hasMessageContaining("only for claims more than 90 days late");
        assertThat(legal(youngCase)).isWaitingAt(LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION);
        assertThat(letterTypes(young)).noneMatch(type -> type.startsWith("AGENCY"));
    }

    @Test
    void theSettlementOfferBeforeTheAgencySettlesTheClaim() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "CONSUMER", 100);
        approve(number, "COLLECTION_AGENCY");
        assertThat(legal(pi)).isWaitingAt(LegalRouteProcess.EVENT_DISCOUNT_OFFER_EXPIRED);
        assertThat(pay(number, "700.00", "SETTLE-" + number).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("PAID");
        assertThat(dossierText(number)).contains("Settlement offer accepted: EUR 300.00 forgiven");
    }

    @Test
    void aManagerCanPostponeAndThenTakeTheClaimToCourt() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "30000.00", "CONSUMER", 62);
        complete(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION, Map.of("legalAction", "COURT",
                "approved", false, "approvalNotes", "Customer said he is selling his car"));
        runDueJobs();
        ProcessInstance legal = legal(pi);
        assertThat(legal).isWaitingAt(LegalRouteProcess.EVENT_REASSESS_LATER);

        travelTo(START.plusDays(14 + 30).plusHours(2));
        assertThat(legal).isWaitingAt(LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION);
        assertThat(tasks.getVariableLocal(task(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION).getId(),
                "customerName")).isEqualTo("Jane Debtor");
        approve(number, "COURT");
        assertThat(letterTypes(number)).contains("COURT_INSTRUCTION/PARTNER");
        assertThat(dossierText(number)).contains("not approved", "Legal action approved: COURT (overrides the recommendation");
        complete(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, Map.of("recoveredAmount", 30000));
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_CLAIM_RECOVERED);
    }

    /** Thirty days after 2 December 2026 is New Year's Day: the claim is looked at again on the next working day. */
    @Test
    void aPostponedClaimIsReassessedOnAWorkingDay() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "30000.00", "CONSUMER", 62);
        travelTo(LocalDate.of(2026, 12, 2), 10);
        complete(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION, Map.of("legalAction", "COURT",
                "approved", false, "approvalNotes", "Wait for the holidays"));
        runDueJobs();
        assertThat(legal(pi)).isWaitingAt(LegalRouteProcess.EVENT_REASSESS_LATER);
        assertThat(dossierText(number)).contains("options reassessed on 2027-01-04");
    }

    private ResponseEntity<String> asManager(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.setBasicAuth(MANAGER, PASSWORD);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
