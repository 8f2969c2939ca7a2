package org.collections.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's schema lacks, created right after the engine has created or checked its own schema, so that they
 * exist on every database the application runs on:
 * <ul>
 * <li>the jobs' due date: every open case waits on a timer, and without it each acquisition poll of the job
 * executor scans them all;</li>
 * <li>the event subscriptions' process instance: what a case waits for (a call's outcome, its plan) is looked up by
 * its process instance, and each open case has about seven subscriptions; without it every look-up read them all
 * (an invoice's page took over 100 ms at 7,500 open cases on H2);</li>
 * <li>the tasks' parent task: the engine looks for a task's sub-tasks whenever it completes or deletes one, and
 * without it each completed call and each paid invoice's withdrawn call read every open task (Camunda's issue
 * camunda/camunda#36824; the benchmark's scan probe saw 3,300 task rows read per call or payment at 4,900 open
 * cases on PostgreSQL);</li>
 * <li>the tasks in the order every Tasklist filter lists them (highest priority, nearest deadline, then newest, as
 * Tasklist adds its default sorting by creation): a page is the first 15 in the index instead of every open task
 * read and sorted (1.3 s for an agent's <i>Calls to make</i> at 100,451 open cases on H2).</li>
 * </ul>
 *
 * <p>The job executor only looks for jobs due by now ({@code ensureJobDueDateNotNull}); jobs written without a due
 * date by an earlier version get one here, or they would never run.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);
    static final List<String> INDEXES = List.of(
            "create index if not exists COLL_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)",
            "create index if not exists COLL_IDX_EVENT_SUBSCR_PROCINST on ACT_RU_EVENT_SUBSCR (PROC_INST_ID_)",
            "create index if not exists COLL_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)",
            "create index if not exists COLL_IDX_TASK_PRIORITY on ACT_RU_TASK (PRIORITY_ desc, DUE_DATE_, "
                    + "CREATE_TIME_ desc)");
    static final String DUE_NOW = "update ACT_RU_JOB set DUEDATE_ = ? where DUEDATE_ is null";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute(index);
            }
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
            throw new IllegalStateException("could not create the engine's extra indexes " + INDEXES, e);
        }
        log.info("{} extra engine indexes are in place (COLL_IDX_*)", INDEXES.size());
    }
}
