package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CaseInstancesTest extends CaseTestSupport {

    @Autowired
    CaseInstances instances;
    @Autowired
    DataSource dataSource;

    @Test
    void findsTheSameInstancesAsTheEnginesQueryByProcess() throws Exception {
        String number = newNumber();
        ProcessInstance invoiceCase = register(number, "300.00", today().minusDays(5));
        runDueJobs();
        ProcessInstance call = child(invoiceCase, InvoiceCallProcess.KEY);

        // the customer of a test invoice has its number, so the customer's contact case shares the key too
        assertThat(ids(instances.withKey(number))).isEqualTo(ids(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(number).list()))
                .contains(invoiceCase.getId(), call.getId()).hasSize(3);
        for (String process : List.of(CollectionProcess.KEY, InvoiceCallProcess.KEY, CustomerContactProcess.KEY,
                PaymentPlanProcess.KEY)) {
            assertThat(ids(instances.of(process, number))).as(process).isEqualTo(ids(runtime
                    .createProcessInstanceQuery().processDefinitionKey(process).processInstanceBusinessKey(number)
                    .list()));
        }
        assertThat(ids(instances.of(CollectionProcess.KEY, number))).containsExactly(invoiceCase.getId());
        assertThat(ids(instances.of(InvoiceCallProcess.KEY, number))).containsExactly(call.getId());
        assertThat(instances.of(CustomerContactProcess.KEY, number)).hasSize(1);
        assertThat(ids(instances.except(Set.of(CustomerContactProcess.KEY, RefundCreditProcess.KEY), number)))
                .containsExactlyInAnyOrder(invoiceCase.getId(), call.getId());
        assertThat(instances.withKey(newNumber())).isEmpty();
    }

    @Test
    void readsByTheBusinessKeysIndexOnH2() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assumeTrue(c.getMetaData().getDatabaseProductName().contains("H2"), "H2's planner only");
        }
        register(newNumber(), "300.00", today().plusDays(20));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String ours = plan(jdbc, instances.sql().replace("#{businessKey}", "'X'"));
        assertThat(ours).contains("ACT_IDX_EXEC_BUSKEY");
    }

    private static String plan(JdbcTemplate jdbc, String sql) {
        return String.join("\n", jdbc.queryForList("explain " + sql, String.class));
    }

    private static List<String> ids(List<ProcessInstance> list) {
        return list.stream().sorted(Comparator.comparing(ProcessInstance::getId)).map(ProcessInstance::getId).toList();
    }
}
