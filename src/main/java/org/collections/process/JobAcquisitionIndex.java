package org.collections.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index on the jobs' due date, which Camunda's schema lacks: every open case waits on a timer, and without it
 * each acquisition poll of the job executor scans them all. Created right after the engine has created or
 * checked its own schema, so it exists on every database the application runs on.
 *
 * <p>The job executor only looks for jobs due by now ({@code ensureJobDueDateNotNull}); jobs written without a due
 * date by an earlier version get one here, or they would never run.
 */
@Component
public class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);
    static final String DDL = "create index if not exists COLL_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)";
    static final String DUE_NOW = "update ACT_RU_JOB set DUEDATE_ = ? where DUEDATE_ is null";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(DDL);
            try (PreparedStatement dueNow = connection.prepareStatement(DUE_NOW)) {
                // the engine's own clock, as the engine writes due dates (not the database's, whose zone may differ)
                dueNow.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
                int dated = dueNow.executeUpdate();
                if (dated > 0) {
                    log.info("{} job(s) without a due date are due now", dated);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the index on ACT_RU_JOB.DUEDATE_", e);
        }
        log.info("Job acquisition index on ACT_RU_JOB.DUEDATE_ is in place");
    }
}
