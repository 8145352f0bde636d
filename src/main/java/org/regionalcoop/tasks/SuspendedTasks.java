package org.regionalcoop.tasks;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index of the engine's suspended tasks, which "my tasks" ({@link MyTasksQuery}) leaves out: a process suspended
 * in Cockpit suspends its tasks without a task event, so the projection still lists them. The set is normally empty,
 * and reading it from this index costs a count of 1,001 tasks no read of {@code ACT_RU_TASK} per task. The engine
 * creates its tables when it starts, after the platform's migrations have run, so the index is created here, once
 * the engine is built; a database that has it keeps it.
 */
@Component
class SuspendedTasks extends AbstractProcessEnginePlugin {

    private final JdbcTemplate jdbc;

    SuspendedTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        jdbc.execute("create index if not exists platform_suspended_task on ACT_RU_TASK (ID_) where SUSPENSION_STATE_ = 2");
    }
}
