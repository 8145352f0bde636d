package org.regionalcoop;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells a waiting test when the engine has committed a job's success or failure, so that
 * {@link LifecycleDriver#awaitContinuations} wakes when the jobs it waits for are done instead of querying the
 * engine every few milliseconds. Those queries are transactions of their own, and the benchmark counted them
 * as the platform's commits and statements per lifecycle. Its history event handler is not a bean: the Camunda
 * starter takes the one handler bean there is ({@code tasks.OpenTasks}) and refuses two.
 */
@Component
class JobOutcomes extends AbstractProcessEnginePlugin {

    /** Outcomes remembered, oldest forgotten first: far more than the jobs of one lifecycle in flight. */
    private static final int REMEMBERED = 10_000;

    private final Map<String, Long> lastOutcome = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    };
    private long sequence;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (event instanceof HistoricJobLogEvent job && job.getJobId() != null) {
                    Context.getCommandContext().getTransactionContext()
                            .addTransactionListener(TransactionState.COMMITTED, committed -> outcome(job.getJobId()));
                }
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private synchronized void outcome(String jobId) {
        lastOutcome.put(jobId, ++sequence);
        notifyAll();
    }

    /** The point in time outcomes are counted from: read it before querying the jobs to wait for. */
    synchronized long now() {
        return sequence;
    }

    /**
     * Waits until one of the jobs has an outcome committed after {@code since}, or at most {@code atMost}: the caller
     * looks at the engine again either way (a job run by another engine instance reports nothing here).
     */
    synchronized void awaitAny(Collection<String> jobIds, long since, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (jobIds.stream().noneMatch(id -> lastOutcome.getOrDefault(id, 0L) > since)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
