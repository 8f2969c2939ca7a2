package org.collections.process;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The running process instances with one business key, read through the business key's index on every database.
 *
 * <p>Camunda's process instance query asks for {@code PARENT_ID_ is null} beside the business key. H2 counts every
 * missing parent as one value, finds the parent's index the more selective one, and reads every process instance
 * through it: 6,672 rows for each look-up at 6,700 open cases, growing with the business. This asks for the root
 * execution as {@code ID_ = PROC_INST_ID_} instead, which no index answers, so both databases go by the business key.
 */
@Component
public class CaseInstances {

    private final RuntimeService runtime;
    private final String sql;

    public CaseInstances(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.sql = "select RES.* from " + management.getTableName(ProcessInstance.class)
                + " RES where RES.BUSINESS_KEY_ = #{businessKey} and RES.ID_ = RES.PROC_INST_ID_";
    }

    /** Every running instance with the business key, of any process. */
    public List<ProcessInstance> withKey(String businessKey) {
        return runtime.createNativeProcessInstanceQuery().sql(sql).parameter("businessKey", businessKey).list();
    }

    /** The running instances of one process with the business key. */
    public List<ProcessInstance> of(String processKey, String businessKey) {
        return withKey(businessKey).stream().filter(i -> processKey.equals(processKey(i))).toList();
    }

    /** The running instances with the business key of every process but those named. */
    public List<ProcessInstance> except(Set<String> processKeys, String businessKey) {
        return withKey(businessKey).stream().filter(i -> !processKeys.contains(processKey(i))).toList();
    }

    /** The statement the look-ups run, with its one parameter {@code #{businessKey}}. */
    String sql() {
        return sql;
    }

    private static String processKey(ProcessInstance instance) {
        return ((ExecutionEntity) instance).getProcessDefinitionKey();
    }
}
