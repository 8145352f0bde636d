package org.regionalcoop.monitoring;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import org.camunda.bpm.engine.impl.batch.BatchJobHandler;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.regionalcoop.events.AgreementTraces;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A span (and a timer) for each engine job run. A timer or an asynchronous step has no request to belong to, so a
 * job of an agreement's process continues the trace of the agreement's latest event (its traceparent in the
 * outbox, {@link AgreementTraces}): the events the job publishes join the agreement's trace. A job of no
 * agreement (the history clean-up) starts a trace of its own. Only job runs are observed: every other command runs
 * within the request or inbound event that issued it, and observing each query too would cost more than it shows.
 * The span covers the job's work, not the engine's fetch of the job and the commit after it.
 */
@Component
class ObservedJobs extends AbstractProcessEnginePlugin {

    /** An agreement's processes carry its id as business key, a ballot's as its first part (id:round:participant). */
    private static final int AGREEMENT_ID_LENGTH = 36;

    private final ObservationRegistry observations;
    private final AgreementTraces traces;

    ObservedJobs(ObservationRegistry observations, AgreementTraces traces) {
        this.observations = observations;
        this.traces = traces;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // Batch handlers are looked up as such elsewhere in the engine, so they stay as they are; a timer's handler
        // stays a TimerEventJobHandler, which the engine checks before it schedules a repeating timer's next run.
        Map<String, JobHandler> handlers = configuration.getJobHandlers();
        handlers.replaceAll((type, handler) -> handler instanceof BatchJobHandler ? handler
                : handler instanceof TimerEventJobHandler timer ? new ObservedTimer(timer) : new Observed(handler));
    }

    private void observe(ExecutionEntity execution, Runnable job) {
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get, Kind.CONSUMER);
        context.setCarrier(agreementTrace(execution));
        context.setRemoteServiceName("engine");
        Observation.createNotStarted("platform.engine.job", () -> context, observations).contextualName("engine job")
                .observe(job);
    }

    private Map<String, String> agreementTrace(ExecutionEntity execution) {
        return Optional.ofNullable(execution).map(ExecutionEntity::getProcessBusinessKey)
                .filter(key -> key.length() >= AGREEMENT_ID_LENGTH)
                .flatMap(key -> agreementId(key.substring(0, AGREEMENT_ID_LENGTH)))
                .map(traces::latestOf).orElse(Map.of());
    }

    private static Optional<UUID> agreementId(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnAgreement) {
            return Optional.empty();
        }
    }

    private final class Observed implements JobHandler<JobHandlerConfiguration> {

        private final JobHandler<JobHandlerConfiguration> handler;

        Observed(JobHandler<JobHandlerConfiguration> handler) {
            this.handler = handler;
        }

        @Override
        public String getType() {
            return handler.getType();
        }

        @Override
        public void execute(JobHandlerConfiguration configuration, ExecutionEntity execution, CommandContext commandContext,
                            String tenantId) {
            observe(execution, () -> handler.execute(configuration, execution, commandContext, tenantId));
        }

        @Override
        public JobHandlerConfiguration newConfiguration(String canonicalString) {
            return handler.newConfiguration(canonicalString);
        }

        @Override
        public void onDelete(JobHandlerConfiguration configuration, JobEntity jobEntity) {
            handler.onDelete(configuration, jobEntity);
        }
    }

    private final class ObservedTimer extends TimerEventJobHandler {

        private final TimerEventJobHandler handler;

        ObservedTimer(TimerEventJobHandler handler) {
            this.handler = handler;
        }

        @Override
        public String getType() {
            return handler.getType();
        }

        @Override
        public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext commandContext,
                            String tenantId) {
            observe(execution, () -> handler.execute(configuration, execution, commandContext, tenantId));
        }

        @Override
        public TimerJobConfiguration newConfiguration(String canonicalString) {
            return handler.newConfiguration(canonicalString);
        }

        @Override
        public void onDelete(TimerJobConfiguration configuration, JobEntity jobEntity) {
            handler.onDelete(configuration, jobEntity);
        }
    }
}
