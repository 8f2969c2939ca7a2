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

/** Every rule of both decision tables, on a plain engine (the facts come from the policy, tested elsewhere). */
@Deployment(resources = {"processes/ChooseLegalAction.dmn", "processes/ChooseCollectionRoute.dmn"})
class DecisionTablesTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-engine-only.cfg.xml").build();

    DecisionService decisions;

    @ParameterizedTest(name = "costs exceed {0}, past 90 days {1}, {2}, small claim {3} -> {4}")
    @CsvSource({
            "true,  true,  BUSINESS, true,  WRITE_OFF",
            "false, true,  BUSINESS, true,  COLLECTION_AGENCY",
            "false, true,  CONSUMER, false, COLLECTION_AGENCY",
            "false, false, BUSINESS, true,  FACTORING",
            "false, false, BUSINESS, false, FACTORING",
            "false, false, CONSUMER, true,  SMALL_CLAIMS",
            "false, false, CONSUMER, false, LAWYER_LETTER"})
    void chooseLegalAction(boolean costsExceed, boolean pastAgencyAge, String customerType, boolean smallClaim,
            String expected) {
        decisions = engine.getDecisionService();
        Object action = decisions.evaluateDecisionTableByKey("ChooseLegalAction", Map.of(
                "collectionCostsExceedRecovery", costsExceed, "pastAgencyMinimumAge", pastAgencyAge,
                "customerType", customerType, "withinSmallClaimsLimit", smallClaim)).getSingleEntry();
        assertThat(action).isEqualTo(expected);
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
    void bothTablesCarryAVersionTagAndHistoryTimeToLive() {
        engine.getRepositoryService().createDecisionDefinitionQuery().list().forEach(d -> {
            assertThat(d.getVersionTag()).isEqualTo("1.0.0");
            assertThat(d.getHistoryTimeToLive()).isEqualTo(400);
        });
    }
}
