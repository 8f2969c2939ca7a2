package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.collections.CaseTestSupport;
import org.collections.TestDatabase;
import org.collections.invoice.InvoiceRepository;
import org.collections.letters.LetterType;
import org.collections.letters.OutboxRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo's sample cases, as a new user first sees them in Tasklist. */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("demo")
class SampleCasesStandaloneTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.urlOr("jdbc:h2:mem:sample-cases;DB_CLOSE_DELAY=-1"));
    }

    @Autowired
    TaskService tasks;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    InvoiceRepository invoices;

    @Test
    void everyKindOfTaskWaitsAndOneCustomerWithThreeOverdueInvoicesHasOneCall() {
        List<String> names = tasks.createTaskQuery().list().stream().map(Task::getName).distinct().toList();
        assertThat(names).contains("Call customer", "Resolve dispute", "Negotiate payment plan", "Decide route",
                "Approve legal action", "Record legal outcome", "Call about missed instalment",
                "Decide refund of credit");

        List<Task> groen = tasks.createTaskQuery().processDefinitionKey(CustomerContactProcess.KEY)
                .processInstanceBusinessKey("K-hoveniersbedrijf.groen").list();
        assertThat(groen).hasSize(1);
        assertThat(CaseTestSupport.asRead((String) tasks.getVariableLocal(groen.get(0).getId(), "invoicesToDiscuss")))
                .contains("S-2010", "S-2011", "S-2012");
        assertThat(outbox.findCovering(invoices.findByNumber("S-2011").orElseThrow().getId()))
                .as("one overdue reminder for the three invoices")
                .filteredOn(m -> m.getLetterType() == LetterType.OVERDUE_REMINDER).singleElement()
                .satisfies(m -> assertThat(m.getBodyText()).contains("S-2010", "S-2011", "S-2012"));
        assertThat(tasks.createTaskQuery().taskDefinitionKey(CustomerContactProcess.TASK_CALL_CUSTOMER).list())
                .as("one call task per customer").extracting(Task::getProcessInstanceId).doesNotHaveDuplicates();
    }
}
