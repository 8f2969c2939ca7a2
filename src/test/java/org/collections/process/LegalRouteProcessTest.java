package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The legal route: ChooseLegalAction's recommendation for each kind of claim, the manager's approval or override,
 * the action and its recorded outcome. Cases reach it 62 days late plus the 14-day demand deadline (76 days),
 * or 100 + 14 days for the agency.
 */
class LegalRouteProcessTest extends CaseTestSupport {

    private ProcessInstance legal(ProcessInstance parent) {
        return child(parent, LegalRouteProcess.KEY);
    }

    private String recommendation(ProcessInstance parent) {
        return (String) runtime.getVariable(legal(parent).getId(), "recommendedAction");
    }

    private void approve(String number, String action) {
        complete(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION, Map.of("legalAction", action, "approved", true,
                "approvalNotes", ""));
        runDueJobs();
    }

    @Test
    void aClaimCostingMoreThanItCanRecoverIsWrittenOff() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "60.00", "CONSUMER", 62);
        assertThat(recommendation(pi)).isEqualTo("WRITE_OFF");
        ProcessInstance legal = legal(pi);
        approve(number, "WRITE_OFF");

        assertThat(legal).isEnded().hasPassed(LegalRouteProcess.END_INVOICE_WRITTEN_OFF);
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_WRITTEN_OFF);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("WRITTEN_OFF");
    }

    @Test
    void aSmallConsumerClaimGoesToSmallClaimsCourt() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "CONSUMER", 62);
        assertThat(recommendation(pi)).isEqualTo("SMALL_CLAIMS");
        assertThat((String) runtime.getVariable(legal(pi).getId(), "legalOptions"))
                .contains("SMALL_CLAIMS: net EUR 750.00, cost EUR 250.00");
        approve(number, "SMALL_CLAIMS");
        assertThat(letterTypes(number)).contains("SMALL_CLAIM/PARTNER");

        complete(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, Map.of("recoveredAmount", 1000,
                "legalOutcomeNotes", "Judgment paid"));
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_CLAIM_RECOVERED);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("RECOVERED");
        assertThat(invoiceView(number).get("balance").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void aBusinessInvoiceIsSoldToTheFactor() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "BUSINESS", 62);
        assertThat(recommendation(pi)).isEqualTo("FACTORING");
        approve(number, "FACTORING");
        assertThat(letterTypes(number)).contains("FACTORING_OFFER/PARTNER");
        complete(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, Map.of("recoveredAmount", 750));
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_SOLD);
        assertThat(dossierText(number)).contains("Recovered EUR 750.00, EUR 250.00 written off; case closed as SOLD");
    }

    @Test
    void aLargeClaimGetsALawyersLetter() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "20000.00", "CONSUMER", 62);
        assertThat(recommendation(pi)).isEqualTo("LAWYER_LETTER");
        approve(number, "LAWYER_LETTER");
        assertThat(letterTypes(number)).contains("LAWYER_INSTRUCTION/PARTNER");
        complete(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, Map.of("recoveredAmount", 0));
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_WRITTEN_OFF);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("WRITTEN_OFF");
    }

    @Test
    void anOldClaimGoesToTheAgencyAfterASettlementOfferOfItsFee() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "CONSUMER", 100);
        assertThat(recommendation(pi)).isEqualTo("COLLECTION_AGENCY");
        approve(number, "COLLECTION_AGENCY");
        ProcessInstance legal = legal(pi);
        assertThat(legal).isWaitingAt(LegalRouteProcess.EVENT_DISCOUNT_OFFER_EXPIRED);
        assertThat(letterTypes(number)).contains("AGENCY_DISCOUNT_OFFER/EMAIL", "AGENCY_DISCOUNT_OFFER/POST");

        travelTo(START.plusDays(14 + 15).plusHours(2));
        assertThat(letterTypes(number)).contains("AGENCY_HANDOVER/PARTNER");
        complete(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, Map.of("recoveredAmount", 700));
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_CLAIM_RECOVERED);
    }

    @Test
    void theAgencyWaitsUntilTheInvoiceIsMoreThanNinetyDaysLateAndTheDiscountSettles() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "CONSUMER", 62);
        approve(number, "COLLECTION_AGENCY");
        ProcessInstance legal = legal(pi);
        assertThat(legal).isWaitingAt(LegalRouteProcess.EVENT_AGENCY_AGE_REACHED);
        assertThat(dossierText(number)).contains("overrides the recommendation SMALL_CLAIMS");

        travelTo(START.toLocalDate().minusDays(62).plusDays(91), 9);
        assertThat(legal).isWaitingAt(LegalRouteProcess.EVENT_DISCOUNT_OFFER_EXPIRED);
        assertThat(pay(number, "700.00", "SETTLE-" + number).getResponse().getStatus()).isEqualTo(201);
        runDueJobs();
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_INVOICE_PAID);
        assertThat(invoiceView(number).get("status").asText()).isEqualTo("PAID");
        assertThat(dossierText(number)).contains("Settlement offer accepted: EUR 300.00 forgiven");
    }

    @Test
    void aManagerCanPostponeAndThenTakeTheClaimToCourt() throws Exception {
        String number = newNumber();
        ProcessInstance pi = atLegalRoute(number, "1000.00", "CONSUMER", 62);
        complete(number, LegalRouteProcess.TASK_APPROVE_LEGAL_ACTION, Map.of("legalAction", "SMALL_CLAIMS",
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
        complete(number, LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME, Map.of("recoveredAmount", 500.5));
        assertThat(pi).isEnded().hasPassed(CollectionProcess.END_CLAIM_RECOVERED);
    }
}
