package org.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.collections.customer.CustomerType;
import org.collections.jurisdiction.JurisdictionRules;
import org.collections.process.CollectionProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application starts, deploys every model and form, documents its API and opens a case for an invoice. */
class ApplicationSmokeTest extends CaseTestSupport {

    @Autowired
    RepositoryService repository;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theShippedRateTablesBindAndGiveThePublishedRates(@Autowired JurisdictionRules rules) {
        // published: wettelijke handelsrente 10.15 % from 1 July 2025, Basiszinssatz 1.27 % from 1 July 2025
        assertThat(rules.rulesFor("NL", CustomerType.BUSINESS).interest().orElseThrow()
                .percentOn(LocalDate.of(2025, 7, 1))).isEqualByComparingTo("10.15");
        assertThat(rules.rulesFor("DE", CustomerType.CONSUMER).interest().orElseThrow()
                .percentOn(LocalDate.of(2025, 7, 1))).isEqualByComparingTo("6.27");
        assertThat(rules.rulesFor("NL", CustomerType.CONSUMER).interest().orElseThrow()
                .percentOn(LocalDate.of(2024, 7, 1))).isEqualByComparingTo("7.00");
    }

    @Test
    void everyModelAndFormIsDeployed() {
        List<String> names = repository.createDeploymentQuery().list().stream().map(Deployment::getId)
                .flatMap(id -> repository.getDeploymentResourceNames(id).stream())
                .map(name -> name.substring(name.replace('\\', '/').lastIndexOf('/') + 1))
                .toList();
        assertThat(names).contains("CollectionProcess.bpmn", "PaymentPlanProcess.bpmn", "LegalRouteProcess.bpmn",
                "ChooseLegalAction.dmn", "ChooseCollectionRoute.dmn",
                "RegisterInvoice.form", "CallCustomer.form", "NegotiatePaymentPlan.form", "ResolveDispute.form",
                "DecideRoute.form", "MissedInstalment.form", "ApproveLegalAction.form", "RecordLegalOutcome.form",
                "RaiseDisputeProcess.bpmn", "RaiseDispute.form", "HandleStoppedCustomer.form",
                "MatchPaymentProcess.bpmn", "MatchPayment.form",
                "RefundCreditProcess.bpmn", "DecideRefund.form");
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .extracting(d -> d.getKey()).contains("CollectionProcess", "PaymentPlanProcess", "LegalRouteProcess",
                        "RefundCreditProcess", "MatchPaymentProcess");
        assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
                .extracting(d -> d.getKey()).contains("ChooseLegalAction", "ChooseCollectionRoute");
    }

    @Test
    void theIndexesCamundasSchemaLacksAreInPlace() throws Exception {
        assertThat(indexesOf("ACT_RU_JOB")).contains("COLL_IDX_JOB_DUEDATE");
        assertThat(indexesOf("ACT_RU_EVENT_SUBSCR")).contains("COLL_IDX_EVENT_SUBSCR_PROCINST");
        assertThat(indexesOf("ACT_RU_TASK")).contains("COLL_IDX_TASK_PARENT", "COLL_IDX_TASK_PRIORITY");
    }

    @Test
    void noQueryAsksForTheTenantThatNoCaseHas() {
        // with the check, H2 plans every logged-in user's task page through the tenant index (see EngineIndexes)
        assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).isTenantCheckEnabled()).isFalse();
    }

    private List<String> indexesOf(String table) throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            java.sql.DatabaseMetaData meta = connection.getMetaData();
            String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase() : table;
            List<String> indexes = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = meta.getIndexInfo(null, null, name, false, false)) {
                while (rows.next()) {
                    indexes.add(String.valueOf(rows.getString("INDEX_NAME")).toUpperCase());
                }
            }
            return indexes;
        }
    }

    @Test
    void theApiStartsACase() throws Exception {
        String number = newNumber();
        assertThat(postJson("/api/invoices", invoice(number, "99.95", START.toLocalDate().plusDays(20)))
                .getResponse().getStatus()).isEqualTo(201);
        assertThat(caseOf(number)).isNotNull();
        assertThat(caseOf(number).getProcessDefinitionId()).startsWith(CollectionProcess.KEY + ":");
        assertThat(invoiceView(number).get("nextStep").asText()).isEqualTo("7 days before due");
    }

    @Test
    void theApiIsDocumentedAndHealthIsReported() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/invoices", "/api/invoices/{number}/payments", "/api/payments/unmatched");
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString())
                .contains("UP");
    }
}
