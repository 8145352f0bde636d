package org.regionalcoop.tasks;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The Camunda Tasklist's shared filters: "My government's tasks", "Overdue" and "Due this week". Every
 * member of staff may use them; the engine's authorizations already limit each one to the tasks of the
 * user's own government roles. Each task in them shows its agreement's title and its due date. The engine's
 * hardening forbids expressions such as {@code ${now()}} in stored queries, so the platform itself moves the
 * date bounds forward every minute. Names, descriptions and labels are one string for every reader, Chinese
 * first, as the tasks' names ({@link TaskSteps}); a shared filter saved under its earlier English name is renamed,
 * a member of staff's own filter of that name left alone.
 */
@Component
class TasklistFilters {

    static final String MY_TASKS = "本政府的任务 / My government's tasks";
    static final String OVERDUE = "已逾期 / Overdue";
    static final String DUE_THIS_WEEK = "本周到期 / Due this week";

    /** What each task in the list shows beside its name; every task of an agreement has both. */
    static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
            Map.of("name", TaskContextVariables.AGREEMENT_TITLE.name(), "label", "协议 / Agreement"),
            Map.of("name", TaskPresentation.DUE_DATE.name(), "label", "截止时间 / Due"));

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final Clock clock;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations, Clock clock) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        refresh();
    }

    @Scheduled(fixedDelayString = "${platform.tasks.tasklist-filter-refresh:PT1M}",
            initialDelayString = "${platform.tasks.tasklist-filter-refresh:PT1M}")
    void refresh() {
        Date now = Date.from(clock.instant());
        Date inAWeek = Date.from(clock.instant().plus(Duration.ofDays(7)));
        try {
            save(MY_TASKS, "My government's tasks", -10,
                    "本政府岗位的任务，最早到期的在前 / Tasks offered to your government's roles, the soonest due first", query -> query);
            save(OVERDUE, "Overdue", -5, "已过截止时间的任务 / Tasks past their due date", query -> query.dueBefore(now));
            save(DUE_THIS_WEEK, "Due this week", 0, "七天内到期的任务 / Tasks due within seven days",
                    query -> query.dueAfter(now).dueBefore(inAWeek));
        } catch (OptimisticLockingException refreshedElsewhere) {
            // Another instance moved the bounds at the same moment; its values are as good as ours.
        }
    }

    private void save(String name, String formerName, int priority, String description, Function<TaskQuery, TaskQuery> criteria) {
        Filter filter = Stream.of(name, formerName)
                .flatMap(named -> filters.createTaskFilterQuery().filterName(named).orderByFilterId().asc().list().stream())
                .filter(shared -> shared.getOwner() == null)
                .findFirst().orElseGet(() -> filters.newTaskFilter(name));
        filter.setName(name);
        filter.setQuery(criteria.apply(tasks.createTaskQuery().active()).orderByDueDate().asc());
        filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                "variables", SHOWN_VARIABLES));
        filters.saveFilter(filter);
        grantEveryone(filter.getId());
    }

    private void grantEveryone(String filterId) {
        if (authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId)
                .userIdIn(Authorization.ANY).count() > 0) {
            return;
        }
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        read.setUserId(Authorization.ANY);
        read.setResource(Resources.FILTER);
        read.setResourceId(filterId);
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
    }
}
