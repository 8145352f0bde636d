package org.regionalcoop.operations;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * An asynchronous continuation (a transaction boundary of docs/decisions/transaction-boundaries.md) runs on this
 * instance's job executor right after the transaction that created it commits, without the job executor first
 * finding it in the database. The creating transaction inserts the job already locked to this instance, as an
 * acquisition would have locked it, and hands its id to the executor's threads once committed. This is what the
 * engine itself does for a continuation created by a job of the same process instance; for one created by staff's
 * task completion or a participant's answer, the engine would instead wake its acquisition thread, which locks the
 * job in a transaction of its own and then, woken again by the job's end, looks twice more and finds nothing: four
 * transactions per boundary (docs/benchmarks.md, issue 19's breakdown), of which this leaves the job's own.
 *
 * <p>What the acquisition bought still holds: a job of an instance that dies before running it is free again once
 * its lock expires, and another instance takes it, as one it had acquired; retries and incidents are the engine's.
 * The acquisition would also hold back a job while another exclusive job of the same process instance runs; a
 * continuation created by a person's transaction in a process that waited for that person has no such neighbour
 * but a timer of the same instance firing at that moment, and the engine retries the one of them that loses the
 * optimistic lock. When the executor's threads and queue are nearly full, the job is inserted unlocked and left to
 * the acquisition. A job this instance locked is never given back: giving back takes a transaction of its own, which
 * an instance killed at that moment may still commit after another instance has counted what it held (the crash
 * drill, docs/benchmarks.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LocalContinuations extends AbstractProcessEnginePlugin {

    /** A job manager of another plugin (the tests' {@code JobOutcomes}, which extends this one's) is left in place. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        if (factories.stream().anyMatch(factory -> factory.getSessionType() == JobManager.class)) {
            return;
        }
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return JobManager.class;
            }

            @Override
            public Session openSession() {
                return new ContinuingJobManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's job manager, which runs a continuation created outside a job right after its commit. Public for tests that note jobs. */
    public static class ContinuingJobManager extends JobManager {

        @Override
        protected void hintJobExecutor(JobEntity job) {
            ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
            JobExecutor executor = configuration.getJobExecutor();
            if (!(job instanceof MessageEntity) || !(executor instanceof SpringJobExecutor spring) || !executor.isActive()
                    || !(spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor threads)
                    || Context.getJobExecutorContext() != null || job.isSuspended() || !isJobDue(job)
                    || !isJobPriorityInJobExecutorPriorityRange(job.getPriority())
                    || executor.getProcessEngines().size() != 1 || !hasRoom(threads.getThreadPoolExecutor(), executor)) {
                super.hintJobExecutor(job);
                return;
            }
            job.setLockOwner(executor.getLockOwner());
            job.setLockExpirationTime(new Date(ClockUtil.getCurrentTime().getTime() + executor.getLockTimeInMillis()));
            String jobId = job.getId();
            ProcessEngineImpl engine = executor.getProcessEngines().get(0);
            Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                    committed -> run(spring, engine, jobId));
        }

        /**
         * Whether the executor would take one more run now and still the acquisition's next batch of runnables
         * (one per job at most), which may reach it before this transaction commits. Without room the job is
         * inserted unlocked, as the engine inserts it, and the acquisition takes it when a thread is free.
         */
        private static boolean hasRoom(ThreadPoolExecutor threads, JobExecutor executor) {
            int room = threads.getQueue().remainingCapacity() + threads.getMaximumPoolSize() - threads.getPoolSize();
            return room > executor.getMaxJobsPerAcquisition();
        }

        /**
         * A job locked to this instance runs here or nowhere before its lock expires: if the executor filled up
         * since the job was inserted (other commits or the acquisition took the room), it runs on a thread of its
         * own rather than being given back: giving back takes a transaction of its own, which an instance dying at
         * that moment may still commit after what it held was counted. Counted as a rejection, as the engine counts
         * an acquired job the executor refused.
         */
        private static void run(SpringJobExecutor executor, ProcessEngineImpl engine, String jobId) {
            QuietWhenDone continuation = new QuietWhenDone(List.of(jobId), engine);
            try {
                executor.getTaskExecutor().execute(continuation);
            } catch (RejectedExecutionException full) {
                executor.logRejectedExecution(engine, 1);
                Thread overflow = new Thread(continuation, "continuation-" + jobId);
                overflow.setDaemon(true);
                overflow.start();
            }
        }
    }

    /**
     * Runs the continuation as the job executor would, but wakes the acquisition afterwards only if a job failed
     * (so its retry is acquired at once). The engine wakes it after every run, for jobs the run may have made
     * acquirable; the acquisition then looks twice (the wake-up is still pending after the first look) and, after a
     * continuation whose successors the run itself took on or hinted, finds nothing: two transactions per boundary.
     * A job held back meanwhile (another exclusive job of the same process instance) is found by the acquisition's
     * next regular look, within {@code camunda.bpm.job-execution.max-wait}.
     */
    private static final class QuietWhenDone extends ExecuteJobsRunnable {

        private boolean failed;

        QuietWhenDone(List<String> jobIds, ProcessEngineImpl engine) {
            super(jobIds, engine);
            JobExecutor executor = jobExecutor;
            jobExecutor = new JobExecutor() {
                @Override
                public boolean isActive() {
                    return executor.isActive();
                }

                @Override
                public void jobWasAdded() {
                    if (failed) {
                        executor.jobWasAdded();
                    }
                }

                @Override
                protected void startExecutingJobs() {
                    throw new UnsupportedOperationException("only waking the acquisition is delegated");
                }

                @Override
                protected void stopExecutingJobs() {
                    throw new UnsupportedOperationException("only waking the acquisition is delegated");
                }

                @Override
                public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
                    executor.executeJobs(jobIds, processEngine);
                }
            };
        }

        @Override
        protected void executeJob(String jobId, CommandExecutor commands, JobFailureCollector failures) {
            try {
                super.executeJob(jobId, commands, failures);
            } catch (RuntimeException failure) {
                failed = true;
                throw failure;
            }
            failed |= failures.getFailure() != null;
        }
    }
}
