package org.regionalcoop.tasks;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Two indexes on the engine's tables that "my tasks" ({@link MyTasksQuery}) is planned on: open tasks in the
 * list's order, so a page reads about as many tasks as it shows, and the tasks offered to each group, so the
 * set of a member of staff's tasks is read from the index alone. The engine creates its tables when it starts
 * (after the platform's migrations have run), so they are created here, once the engine is built.
 */
@Component
class TaskListIndexes extends AbstractProcessEnginePlugin {

    private final JdbcTemplate jdbc;

    TaskListIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        jdbc.execute("""
                create index if not exists platform_task_list_order
                    on ACT_RU_TASK (DUE_DATE_ asc nulls last, PRIORITY_ desc, ID_) where SUSPENSION_STATE_ = 1""");
        jdbc.execute("""
                create index if not exists platform_task_offered_to_group
                    on ACT_RU_IDENTITYLINK (GROUP_ID_, TASK_ID_) where TYPE_ = 'candidate'""");
    }
}
