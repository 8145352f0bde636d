package org.regionalcoop.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The job executor locks jobs under the instance's name: {@code ACT_RU_JOB.LOCK_OWNER_} starts with the engine's
 * hostname (the one the job log records) instead of being a bare UUID, so an operator, and the crash drill, can
 * tell which instance holds a job. The UUID after it stays: an instance started again under the same name is a new
 * owner, as the engine's own default is.
 */
@Component
class JobLockOwner extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(configuration.getHostname() + "/" + UUID.randomUUID());
        }
    }
}
