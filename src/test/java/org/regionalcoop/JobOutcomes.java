package org.regionalcoop;

import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.regionalcoop.operations.LocalContinuations;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Knows, without asking the engine, which asynchronous continuations this engine has committed and which of them
 * have run: {@link LifecycleDriver#awaitContinuations} waits on it instead of querying jobs. Each query is a
 * transaction of its own, and the benchmark would count them as the platform's commits and statements per
 * lifecycle. Jobs are learnt of where the engine inserts them (the platform's job manager,
 * {@link LocalContinuations.ContinuingJobManager}, replaced by a subclass that also notes the job) and their outcomes from the job log's history events. The history event handler is not a bean:
 * the Camunda starter takes the one handler bean there is ({@code tasks.OpenTasks}) and refuses two.
 */
@Component
class JobOutcomes extends AbstractProcessEnginePlugin {

    /** Outcomes remembered, oldest forgotten first: far more than the jobs of one lifecycle in flight. */
    private static final int REMEMBERED = 10_000;

    /** Continuations committed and not yet run successfully: job id to its process instance's business key. */
    private final Map<String, String> unfinished = new HashMap<>();
    /** Job id to the number of the last outcome committed for it, and whether it was a success. */
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
            return size() > REMEMBERED;
        }
    };
    private long sequence;

    private record Outcome(long sequence, boolean succeeded) {
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (event instanceof HistoricJobLogEvent job && job.getJobId() != null) {
                    boolean succeeded = job.getState() == JobState.SUCCESSFUL.getStateCode();
                    afterCommit(() -> outcome(job.getJobId(), succeeded));
                }
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.removeIf(factory -> factory.getSessionType() == JobManager.class);
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return JobManager.class;
            }

            @Override
            public Session openSession() {
                return new NotingJobManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The platform's job manager, which also notes each asynchronous continuation once its transaction commits. */
    private final class NotingJobManager extends LocalContinuations.ContinuingJobManager {
        @Override
        public void insertJob(JobEntity job) {
            super.insertJob(job);
            ExecutionEntity execution = job.getExecution();
            if (job instanceof MessageEntity && execution != null) {
                String jobId = job.getId();
                String businessKey = execution.getProcessBusinessKey();
                afterCommit(() -> created(jobId, businessKey));
            }
        }
    }

    private static void afterCommit(Runnable listener) {
        Context.getCommandContext().getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, committed -> listener.run());
    }

    private synchronized void created(String jobId, String businessKey) {
        Outcome outcome = outcomes.get(jobId);
        if ((outcome == null || !outcome.succeeded()) && businessKey != null) {
            unfinished.put(jobId, businessKey);
        }
    }

    private synchronized void outcome(String jobId, boolean succeeded) {
        outcomes.put(jobId, new Outcome(++sequence, succeeded));
        if (succeeded) {
            unfinished.remove(jobId);
        }
        notifyAll();
    }

    /** The point in time outcomes are counted from: read it before choosing the jobs to wait for. */
    synchronized long now() {
        return sequence;
    }

    /** The continuations committed here for processes whose business key starts with the prefix, not yet run. */
    synchronized List<String> unfinished(String businessKeyPrefix) {
        return unfinished.entrySet().stream().filter(job -> job.getValue().startsWith(businessKeyPrefix))
                .map(Map.Entry::getKey).toList();
    }

    /** Whether one of the jobs has failed at least once: only the engine knows whether it will be retried. */
    synchronized boolean anyFailed(Collection<String> jobIds) {
        return jobIds.stream().map(outcomes::get).anyMatch(outcome -> outcome != null && !outcome.succeeded());
    }

    /** The engine says these of the prefix's jobs are all that are left to run: forget the others noted for it. */
    synchronized void settle(String businessKeyPrefix, Collection<String> leftToRun) {
        unfinished.entrySet().removeIf(job -> job.getValue().startsWith(businessKeyPrefix)
                && !leftToRun.contains(job.getKey()));
    }

    /**
     * Waits until one of the jobs has an outcome committed after {@code since}, or at most {@code atMost}; says
     * whether one had. A job another engine instance runs reports nothing here.
     */
    synchronized boolean awaitAny(Collection<String> jobIds, long since, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (jobIds.stream().noneMatch(id -> outcomes.containsKey(id) && outcomes.get(id).sequence() > since)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
