package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;

class VariableChangeHistoryTest extends CaseTestSupport {

    @Test
    void aCaseKeepsTheVariablesItStartedWithAndEachVariablesLastValueButNoRowPerChange() throws Exception {
        var invoiceCase = register(newNumber(), "100.00", today().plusDays(30));
        String id = invoiceCase.getId();
        // the customer's number comes with the start message; the customer's name is written by a later step
        String initial = CaseVariables.CUSTOMER_NUMBER.name();
        String later = CaseVariables.CUSTOMER_NAME.name();
        Object startedWith = runtime.getVariable(id, initial);

        runtime.setVariable(id, initial, "Changed once");
        runtime.setVariable(id, initial, "Changed twice");
        runtime.setVariable(id, later, "Changed");

        assertThat(history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().list())
                .as("detail rows only for the variables the case started with")
                .isNotEmpty()
                .allSatisfy(d -> assertThat(((HistoricVariableUpdate) d).isInitial()).isTrue())
                .noneSatisfy(d -> assertThat(((HistoricVariableUpdate) d).getVariableName()).isEqualTo(later));
        assertThat(history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().list().stream()
                .map(HistoricVariableUpdate.class::cast).filter(d -> d.getVariableName().equals(initial))
                .map(HistoricDetail.class::cast).toList())
                .as("one row for the starting value, none for the two changes").singleElement()
                .satisfies(d -> assertThat(((HistoricVariableUpdate) d).getValue()).isEqualTo(startedWith));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName(initial)
                .singleResult().getValue()).isEqualTo("Changed twice");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName(later)
                .singleResult().getValue()).isEqualTo("Changed");
        assertThat(engine.getManagementService().getHistoryLevel()).as("the database stays at history level full")
                .isEqualTo(3);
    }
}
