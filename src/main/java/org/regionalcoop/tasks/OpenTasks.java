package org.regionalcoop.tasks;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.regionalcoop.projects.ProjectHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the projection {@code open_task} that "my tasks" ({@link MyTasksQuery}) reads: one row for each open task
 * and each audience that sees it (a candidate group, the assignee, every administrator), in the transaction that
 * changes the task. Every task change the engine makes, for user tasks of processes and standalone tasks alike,
 * produces a task-instance or identity-link history event; this handler only notes which tasks changed, and just
 * before the transaction commits, when the engine has written everything, rebuilds those tasks' rows from the
 * engine's tables in one statement: rows of ended tasks go, new audiences come, changed ones are updated and
 * unchanged ones left alone. That is one statement per transaction that changes tasks, however many it changes.
 */
@Component
class OpenTasks extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    /**
     * The rows open tasks should have: each one's candidate groups, its assignee and '*'. The agreement is the first
     * part of its process's business key when that is an agreement's id. The migration that made the table copied
     * the tasks open then the same way.
     */
    static final String ROWS = """
            select t.ID_ as task_id, a.audience, coalesce(t.DUE_DATE_, 'infinity') as due_key, t.PRIORITY_ as priority,
                   t.TASK_DEF_KEY_ as task_def_key,
                   case when split_part(e.BUSINESS_KEY_, ':', 1) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                        then split_part(e.BUSINESS_KEY_, ':', 1)::uuid end as agreement_id,
                   t.ASSIGNEE_ as assignee
              from ACT_RU_TASK t
              left join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
              cross join lateral (
                    select 'group:' || i.GROUP_ID_ as audience from ACT_RU_IDENTITYLINK i
                     where i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null
                    union select 'user:' || t.ASSIGNEE_ where t.ASSIGNEE_ is not null
                    union select '*') a""";

    private static final String SYNC = "with fresh as (" + ROWS + " where t.ID_ in (:tasks)" + """
            ),
            gone as (
                delete from open_task o where o.task_id in (:tasks)
                   and not exists (select 1 from fresh f where f.task_id = o.task_id and f.audience = o.audience))
            insert into open_task (task_id, audience, due_key, priority, task_def_key, agreement_id, assignee)
            select task_id, audience, due_key, priority, task_def_key, agreement_id, assignee from fresh
            on conflict (task_id, audience) do update
               set due_key = excluded.due_key, priority = excluded.priority, task_def_key = excluded.task_def_key,
                   agreement_id = excluded.agreement_id, assignee = excluded.assignee
             where (open_task.due_key, open_task.priority, open_task.task_def_key, open_task.agreement_id, open_task.assignee)
                   is distinct from (excluded.due_key, excluded.priority, excluded.task_def_key, excluded.agreement_id, excluded.assignee)""";

    /** The history events without which a task change would go unnoticed. */
    private static final List<HistoryEventTypes> NEEDED = List.of(HistoryEventTypes.TASK_INSTANCE_CREATE,
            HistoryEventTypes.TASK_INSTANCE_UPDATE, HistoryEventTypes.TASK_INSTANCE_COMPLETE,
            HistoryEventTypes.TASK_INSTANCE_DELETE, HistoryEventTypes.IDENTITY_LINK_ADD,
            HistoryEventTypes.IDENTITY_LINK_DELETE);

    private final NamedParameterJdbcTemplate jdbc;

    OpenTasks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(this);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** A history level that leaves out task or identity-link events would leave the task lists stale. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        HistoryLevel level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
        List<HistoryEventTypes> missing = NEEDED.stream().filter(type -> !level.isHistoryEventProduced(type, null)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The task lists (open_task) are kept from the engine's history events, but history level '"
                    + level.getName() + "' does not produce " + missing);
        }
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        String taskId = event instanceof HistoricTaskInstanceEventEntity task ? task.getTaskId()
                : event instanceof HistoricIdentityLinkLogEventEntity link ? link.getTaskId() : null;
        if (taskId != null) {
            changedInThisTransaction().add(taskId);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    /** The tasks changed so far in the current transaction, which rebuilds their rows before it commits. */
    @SuppressWarnings("unchecked")
    private Set<String> changedInThisTransaction() {
        Set<String> changed = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (changed != null) {
            return changed;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("The engine changed a task outside a Spring transaction: open_task would miss it");
        }
        Set<String> tasks = new LinkedHashSet<>();
        TransactionSynchronizationManager.bindResource(this, tasks);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                sync(tasks);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(OpenTasks.this);
            }
        });
        return tasks;
    }

    /**
     * A project handed over to a renewal keeps its open tasks, whose process now carries the renewal's business key
     * without a task event of the engine's: their rows are rebuilt with the transaction, so they follow it.
     */
    @EventListener
    void on(ProjectHandedOver handOver) {
        changedInThisTransaction().addAll(jdbc.queryForList("""
                select task_id from open_task where agreement_id = :closed and audience = '*'
                """, Map.of("closed", handOver.handedOverFrom()), String.class));
    }

    private void sync(Set<String> tasks) {
        if (!tasks.isEmpty()) {
            jdbc.update(SYNC, Map.of("tasks", List.copyOf(tasks)));
        }
    }

    /** The audiences a caller's list is the merge of: their groups and themselves, or every task for an administrator. */
    static List<String> audiences(String userId, Set<String> groups, boolean administrator) {
        if (administrator) {
            return List.of("*");
        }
        return Stream.concat(Stream.of(user(userId)), groups.stream().sorted().map(group -> "group:" + group)).toList();
    }

    static String user(String userId) {
        return "user:" + userId;
    }
}
