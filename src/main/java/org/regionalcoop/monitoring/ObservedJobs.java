package org.regionalcoop.monitoring;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * A span (and a timer) for each engine job run: a timer or an asynchronous step has no request to belong to, so
 * the events it publishes start a trace of their own there. Only job runs are observed: every other command runs
 * within the request or inbound event that issued it, and observing each query too would cost more than it shows.
 */
@Component
class ObservedJobs extends AbstractProcessEnginePlugin {

    private final ObservationRegistry observations;

    ObservedJobs(ObservationRegistry observations) {
        this.observations = observations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        // Before the transaction interceptor, so the span covers the job's commit.
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (!(command instanceof ExecuteJobsCmd)) {
                    return next.execute(command);
                }
                return Observation.createNotStarted("platform.engine.job", observations).contextualName("engine job")
                        .observe(() -> next.execute(command));
            }
        });
    }
}
