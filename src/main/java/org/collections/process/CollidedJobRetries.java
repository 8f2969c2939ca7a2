package org.collections.process;

import jakarta.persistence.OptimisticLockException;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hibernate.StaleStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * A step that collided with another change of the same data (another node's step, a payment booked at that moment, two
 * invoices of one customer asking its contact case at once) runs again within seconds, as the first try that lost the
 * race. The modelled retry cycle ({@code R3/PT5M}) is for outside failures such as a mail server that is down: on a
 * collision it made the case wait five minutes, and a collision that Spring or Hibernate reported (not the engine's own
 * optimistic lock) also used up one of the three tries, so three unlucky collisions made an incident in Cockpit for
 * nothing that was wrong. A collision leaves no exception on the job, so the job's first real failure still sets up
 * its modelled retries; the engine's own rule that a collision costs no try holds for all of them. A job that keeps
 * colliding ({@value #MAX_COLLISIONS} times on this node) is no longer taken for one: it gets the modelled retry, so
 * that something wrong that only looks like a collision (a lock that is never released) ends as an incident.
 */
@Component
public class CollidedJobRetries extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(CollidedJobRetries.class);

    /** The earliest and latest next try after a collision, spread so that colliding steps do not meet again. */
    static final long MIN_DELAY_MILLIS = 500;
    static final long MAX_DELAY_MILLIS = 5_000;
    static final int MAX_COLLISIONS = 10;
    /** how many jobs' collisions a node remembers: the oldest are forgotten first */
    private static final int REMEMBERED_JOBS = 10_000;

    private final Map<String, Integer> collisions = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                    return size() > REMEMBERED_JOBS;
                }
            });

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory((jobId, failure) -> new RetrySoonAfterCollision(jobId, failure,
                collided(failure) && collisions.merge(jobId, 1, Integer::sum) <= MAX_COLLISIONS));
    }

    /** Whether the failure is a collision with a concurrent change, anywhere in its causes. */
    static boolean collided(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
                    || t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** The engine's retry command, except for a collision: then the job is tried again soon, with its tries kept. */
    static final class RetrySoonAfterCollision extends DefaultJobRetryCmd {

        private final boolean soon;

        RetrySoonAfterCollision(String jobId, Throwable exception, boolean soon) {
            super(jobId, exception);
            this.soon = soon;
        }

        @Override
        public Object execute(CommandContext commandContext) {
            if (!soon) {
                return super.execute(commandContext);
            }
            JobEntity job = getJob();
            if (job == null) {
                // the collision was with what ended the case: nothing is left to run
                return null;
            }
            long delay = ThreadLocalRandom.current().nextLong(MIN_DELAY_MILLIS, MAX_DELAY_MILLIS + 1);
            // as the engine's own retry cycle does: due again later, free for any node to take
            job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + delay));
            job.unlock();
            notifyAcquisition(commandContext);
            log.info("Job {} ({}) collided with a concurrent change; tried again in {} ms: {}", job.getId(),
                    job.getActivityId(), delay, exception.getMessage());
            return null;
        }
    }
}
