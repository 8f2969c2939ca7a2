package org.collections.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the decision tables, on a plain engine (the facts come from the policy, tested elsewhere). */
@Deployment(resources = {"processes/ChooseLegalAction.dmn", "processes/ChooseCollectionRoute.dmn"})
class DecisionTablesTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-engine-only.cfg.xml").build();

    DecisionService decisions;

    @ParameterizedTest(name = "best {0}, below the write-off threshold {1} -> {2}")
    @CsvSource({
            "LAWYER_LETTER, true,  WRITE_OFF",
            "COURT,         false, COURT",
            "FACTORING,     false, FACTORING",
            "WRITE_OFF,     true,  WRITE_OFF"})
    void chooseLegalActionFollowsTheRankingUnlessItIsNotWorthIt(String best, boolean costsExceed, String expected) {
        decisions = engine.getDecisionService();
        Object action = decisions.evaluateDecisionTableByKey("ChooseLegalAction", Map.of(
                "collectionCostsExceedRecovery", costsExceed, "bestAction", best)).getSingleEntry();
        assertThat(action).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, tried {1}, past 90 days {2}, {3}, small claim {4} -> {5}")
    @CsvSource(delimiter = '|', value = {
            "WRITE_OFF|         true|  false| CONSUMER| true|  true|  always possible; the manager gives the reason",
            "LAWYER_LETTER|     true|  true|  BUSINESS| true|  false| already tried on this claim without bringing it in",
            "LAWYER_LETTER|     false| false| CONSUMER| false| true|  ''",
            "COLLECTION_AGENCY| false| false| CONSUMER| true|  false| only for claims more than 90 days late",
            "COLLECTION_AGENCY| false| true|  CONSUMER| true|  true|  ''",
            "FACTORING|         false| true|  CONSUMER| true|  false| factors buy business claims only",
            "FACTORING|         false| false| BUSINESS| false| true|  ''",
            "SMALL_CLAIMS|      false| false| CONSUMER| false| false| above the small-claims limit of EUR 25000.00 in NL",
            "SMALL_CLAIMS|      false| false| BUSINESS| true|  true|  ''",
            "COURT|             false| false| CONSUMER| true|  false| within the small-claims limit of EUR 25000.00 in NL: small-claims court instead",
            "COURT|             false| false| CONSUMER| false| true|  ''"})
    void legalActionAllowed(String action, boolean tried, boolean pastAgencyAge, String customerType,
            boolean smallClaim, boolean allowed, String reason) {
        decisions = engine.getDecisionService();
        Map<String, Object> result = decisions.evaluateDecisionTableByKey("LegalActionAllowed", Map.of(
                "action", action, "alreadyTried", tried, "pastAgencyMinimumAge", pastAgencyAge,
                "customerType", customerType, "withinSmallClaimsLimit", smallClaim, "agencyMinDaysLate", 90,
                "smallClaimsLimit", "EUR 25000.00 in NL")).getSingleResult().getEntryMap();
        assertThat(result).containsEntry("allowed", allowed).containsEntry("reason", reason);
    }

    @ParameterizedTest(name = "broken promises {0}, below plan minimum {1}, reached {2} -> {3}")
    @CsvSource({
            "true,  false, true,  LEGAL_ROUTE",
            "false, true,  true,  LEGAL_ROUTE",
            "false, false, true,  PAYMENT_PLAN",
            "false, false, false, LEGAL_ROUTE"})
    void chooseCollectionRoute(boolean tooManyBroken, boolean belowMinimum, boolean reached, String expected) {
        decisions = engine.getDecisionService();
        Object route = decisions.evaluateDecisionTableByKey("ChooseCollectionRoute", Map.of(
                "tooManyBrokenPromises", tooManyBroken, "belowPlanMinimum", belowMinimum,
                "customerReached", reached)).getSingleEntry();
        assertThat(route).isEqualTo(expected);
    }

    @Test
    void everyTableCarriesAVersionTagAndHistoryTimeToLive() {
        Map<String, String> versions = Map.of("ChooseCollectionRoute", "1.0.0", "ChooseLegalAction", "2.0.0",
                "LegalActionAllowed", "2.0.0");
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list()).hasSize(3).allSatisfy(d -> {
            assertThat(d.getVersionTag()).isEqualTo(versions.get(d.getKey()));
            assertThat(d.getHistoryTimeToLive()).isEqualTo(400);
        });
    }
}
