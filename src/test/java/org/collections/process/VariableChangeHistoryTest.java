package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

    @Test
    void theCallTasksBriefingIsOnTheTaskButLeavesNoHistory() throws Exception {
        String number = newNumber();
        register(number, "1000.00", LocalDate.of(2026, 3, 10));
        travelTo(LocalDate.of(2026, 3, 11), 9);
        Task call = callTask(number);
        ProcessInstance contactCase = contactCaseOf(number);

        assertThat(tasks.getVariablesLocal(call.getId())).as("the briefing the form shows")
                .containsKeys(CaseVariables.CUSTOMER_NAME.name(), "contactToCall", "invoicesToDiscuss")
                .containsEntry(CaseVariables.TOTAL_OWED.name(), "EUR 1000.00");
        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(call.getId()).count())
                .as("no history of the task's own variables").isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(contactCase.getId())
                .variableName(CaseVariables.INVOICE_NUMBERS.name()).singleResult().getValue())
                .as("the contact case's own variables keep theirs").isEqualTo(number);

        tasks.setVariableLocal(call.getId(), CaseVariables.TOTAL_OWED.name(), "EUR 1.00");
        tasks.removeVariableLocal(call.getId(), "contactEmail");
        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(call.getId()).count())
                .as("nor of their changes").isZero();
    }
}
