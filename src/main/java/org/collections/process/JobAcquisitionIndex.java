package org.collections.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index on the jobs' due date, which Camunda's schema lacks: every open case waits on a timer, and without it
 * each acquisition poll of the job executor scans them all. Created right after the engine has created or
 * checked its own schema, so it exists on every database the application runs on.
 */
@Component
public class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);
    static final String DDL = "create index if not exists COLL_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(DDL);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the index on ACT_RU_JOB.DUEDATE_", e);
        }
        log.info("Job acquisition index on ACT_RU_JOB.DUEDATE_ is in place");
    }
}
