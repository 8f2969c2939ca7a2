package org.collections.process;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.collections.legal.LegalActionType;
import org.collections.legal.LegalRules;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The legal rules as deployed ({@code processes/ChooseLegalAction.dmn}), so that a rule a manager changes in Modeler
 * applies to the ranking, the approval check and the API alike. Evaluated on behalf of the application, not of
 * the user whose form submission or request asks: the user may not start decisions, the rules apply anyway.
 */
@Component
public class LegalRuleTables implements LegalRules {

    private final DecisionService decisions;

    public LegalRuleTables(@Lazy DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Verdict allowed(Facts facts) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("action", facts.action().name());
        variables.put("alreadyTried", facts.alreadyTried());
        variables.put("pastAgencyMinimumAge", facts.pastAgencyMinimumAge());
        variables.put("customerType", facts.customerType());
        variables.put("withinSmallClaimsLimit", facts.withinSmallClaimsLimit());
        variables.put("agencyMinDaysLate", facts.agencyMinDaysLate());
        variables.put("smallClaimsLimit", facts.smallClaimsLimit());
        DmnDecisionResultEntries result = evaluate(LegalRouteProcess.DECISION_LEGAL_ACTION_ALLOWED, variables)
                .getSingleResult();
        return new Verdict(Boolean.TRUE.equals(result.getEntry("allowed")), result.getEntry("reason"));
    }

    @Override
    public LegalActionType recommend(LegalActionType bestByExpectedNet, boolean collectionCostsExceedRecovery) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.BEST_ACTION.name(), bestByExpectedNet.name());
        variables.put(CaseVariables.COLLECTION_COSTS_EXCEED_RECOVERY.name(), collectionCostsExceedRecovery);
        String action = evaluate(LegalRouteProcess.DECISION_CHOOSE_LEGAL_ACTION, variables).getSingleEntry();
        return LegalActionType.valueOf(action);
    }

    private DmnDecisionResult evaluate(String key, Map<String, Object> variables) {
        Callable<DmnDecisionResult> evaluation = () -> decisions.evaluateDecisionByKey(key).variables(variables)
                .evaluate();
        CommandContext inEngine = Context.getCommandContext();
        try {
            return inEngine == null ? evaluation.call() : inEngine.runWithoutAuthorization(evaluation);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("decision " + key + " could not be evaluated", e);
        }
    }
}
