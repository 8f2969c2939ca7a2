package org.collections.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.Job;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class EngineIndexesTest extends CaseTestSupport {

    @Autowired
    DataSource dataSource;

    @Test
    void everyNewJobHasADueDateAndOneWrittenWithoutByAnEarlierVersionGetsOneAtStartUp() throws Exception {
        var invoiceCase = register(newNumber(), "100.00", today().plusDays(30));
        Job timer = management.createJobQuery().processInstanceId(invoiceCase.getId()).singleResult();
        new JdbcTemplate(dataSource).update("update ACT_RU_JOB set DUEDATE_ = null where ID_ = ?", timer.getId());
        assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getDuedate()).isNull();

        new EngineIndexes().postProcessEngineBuild(engine);

        Job dated = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(dated.getDuedate()).isNotNull();
        assertThat(dated.getDuedate().toInstant()).isBeforeOrEqualTo(Instant.now().plusSeconds(1));
        assertThat(management.createJobQuery().count())
                .as("no job without a due date: the executor only looks for jobs due by now")
                .isEqualTo(management.createJobQuery().duedateLowerThan(java.util.Date.from(Instant.now()
                        .plusSeconds(3650L * 24 * 3600))).count());
    }
}
