package org.regionalcoop.tasks;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.regionalcoop.security.Caller;
import org.regionalcoop.security.PlatformActions;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.kernel.Violation;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The task list of a member of staff: the tasks offered to one of their government roles or assigned to
 * them. Another government's task is indistinguishable from a missing one.
 */
@Service
public class StaffTasks {

    /** A user id at its longest: the engine's task assignee column (ACT_RU_TASK.ASSIGNEE_, varchar(255)). */
    static final int USER_ID = 255;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final IdentityService identities;
    private final PlatformActions platform;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    StaffTasks(TaskService tasks, RuntimeService runtime, HistoryService history, RepositoryService repository,
               IdentityService identities, PlatformActions platform, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.identities = identities;
        this.platform = platform;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Filters of the task list; every one is optional.
     *
     * @param agreementIds tasks of any of these agreements (e.g. the ones whose title a search found)
     * @param assignee     tasks claimed by this user
     */
    public record Filter(String agreementId, String taskDefinitionKey, Boolean overdue, Instant dueBefore,
                         List<String> agreementIds, String assignee) {

        public Filter(String agreementId, String taskDefinitionKey, Boolean overdue, Instant dueBefore) {
            this(agreementId, taskDefinitionKey, overdue, dueBefore, null, null);
        }
    }

    public TaskPage mine(Caller caller, Filter filter, int page, int size) {
        MyTasksQuery query = MyTasksQuery.of(caller, filter, clock.instant());
        return mine(query, query, page * size, page, size);
    }

    /**
     * The page after the one that ended at {@code after} ({@link TaskPage#next()}), read from there on rather than
     * past every earlier page; {@code page} only numbers it. A cursor that is not one starts from the first task.
     */
    public TaskPage mine(Caller caller, Filter filter, String after, int page, int size) {
        Instant now = clock.instant();
        MyTasksQuery all = MyTasksQuery.of(caller, filter, now);
        return MyTasksQuery.After.parse(after)
                .map(cursor -> mine(all, MyTasksQuery.of(caller, filter, now, cursor), 0, page, size))
                .orElseGet(() -> mine(all, all, 0, 0, size));
    }

    /** Counts {@code query}'s tasks up to the limit and reads the page from {@code pageQuery}, which may start later. */
    private TaskPage mine(MyTasksQuery query, MyTasksQuery pageQuery, int offset, int page, int size) {
        long counted = jdbc.queryForObject(query.count(), query.parameters(), Long.class);
        List<MyTasksQuery.After> listed = jdbc.query(pageQuery.page(offset, size + 1), pageQuery.parameters(),
                (row, n) -> new MyTasksQuery.After(row.getTimestamp("due_key"), row.getInt("priority"), row.getString("task_id")));
        List<MyTasksQuery.After> shown = listed.subList(0, Math.min(size, listed.size()));
        String next = listed.size() > size ? shown.get(shown.size() - 1).toString() : null;
        return platform.asPlatform(() -> {
            List<Task> found = byId(shown.stream().map(MyTasksQuery.After::taskId).toList());
            PageContext context = context(found);
            return new TaskPage(found.stream().map(task -> view(task, context)).toList(),
                    Math.min(counted, MyTasksQuery.COUNT_LIMIT), counted > MyTasksQuery.COUNT_LIMIT, page, size, next);
        });
    }

    /**
     * How many of the caller's tasks the filter finds at each step (task definition key), in one statement, among
     * the first {@value TaskPage#COUNT_LIMIT} + 1 it finds: when the steps add up to more than the limit, each is a
     * lower bound.
     */
    public Map<String, Long> countByStep(Caller caller, Filter filter) {
        MyTasksQuery query = MyTasksQuery.of(caller, filter, clock.instant());
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(query.countByStep(), query.parameters(),
                (RowCallbackHandler) row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    /** The tasks in the given order, with their forms; one that ended since the list was read is left out. */
    private List<Task> byId(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Task> byId = tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new))
                .initializeFormKeys().list().stream().collect(Collectors.toMap(Task::getId, task -> task));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public StaffTask get(String taskId, Caller caller) {
        return platform.asPlatform(() -> {
            Task task = visible(taskId, caller);
            return view(task, context(List.of(task)));
        });
    }

    public void claim(String taskId, Caller caller) {
        platform.asPlatform(() -> {
            Task task = visible(taskId, caller);
            if (task.getAssignee() != null && !task.getAssignee().equals(caller.userId())) {
                throw new TaskConflictException("Task " + taskId + " is already claimed by " + task.getAssignee(),
                        businessKeyOf(task.getProcessInstanceId()));
            }
            tasks.claim(taskId, caller.userId());
            return null;
        });
    }

    public void unclaim(String taskId, Caller caller) {
        platform.asPlatform(() -> {
            Task task = visible(taskId, caller);
            if (!caller.userId().equals(task.getAssignee())) {
                throw new TaskConflictException("Task " + taskId + " is not claimed by you",
                        businessKeyOf(task.getProcessInstanceId()));
            }
            tasks.setAssignee(taskId, null);
            return null;
        });
    }

    /**
     * Hands the task to a colleague of the caller's own government, who then works it; the engine keeps the
     * caller as its owner. Nobody outside the caller's government can be handed another government's work.
     */
    public void delegate(String taskId, String to, Caller caller) {
        platform.asPlatform(() -> {
            Task task = visible(taskId, caller);
            if (task.getAssignee() != null && !task.getAssignee().equals(caller.userId())) {
                throw new TaskConflictException("Task " + taskId + " is claimed by " + task.getAssignee(),
                        businessKeyOf(task.getProcessInstanceId()));
            }
            if (to == null || to.isBlank()) {
                throw new InvalidRequestException(List.of(new Violation("to", "name the colleague's user id")));
            }
            if (to.length() > USER_ID) {
                throw new InvalidRequestException(List.of(new Violation("to", TextRules.tooLong(USER_ID))));
            }
            if (!isColleague(to, caller)) {
                throw new InvalidRequestException(List.of(new Violation("to",
                        "'" + to + "' is not a member of your government's groups")));
            }
            if (task.getOwner() == null) {
                // The engine makes the assignee the owner, and nobody when the task was only offered to a group.
                tasks.setOwner(taskId, caller.userId());
            }
            tasks.delegateTask(taskId, to);
            return null;
        });
    }

    /** The delegate hands the worked task back; its owner, who delegated it, then completes it. */
    public void resolve(String taskId, Caller caller) {
        platform.asPlatform(() -> {
            Task task = visible(taskId, caller);
            if (task.getDelegationState() != DelegationState.PENDING || !caller.userId().equals(task.getAssignee())) {
                throw new TaskConflictException("Task " + taskId + " is not delegated to you",
                        businessKeyOf(task.getProcessInstanceId()));
            }
            tasks.resolveTask(taskId);
            return null;
        });
    }

    /** The members of staff of the caller's governments a task may be delegated to, by user id, with their names. */
    public List<Colleague> colleagues(Caller caller) {
        return platform.asPlatform(() -> identities.createGroupQuery().list().stream()
                .filter(group -> caller.governments().contains(group.getId().split("\\.")[0]))
                .flatMap(group -> identities.createUserQuery().memberOfGroup(group.getId()).list().stream())
                .filter(user -> !user.getId().equals(caller.userId()))
                .map(Colleague::of).distinct().sorted(Comparator.comparing(Colleague::userId)).toList());
    }

    private boolean isColleague(String userId, Caller caller) {
        return identities.createGroupQuery().groupMember(userId).list().stream()
                .map(group -> group.getId().split("\\.")[0])
                .anyMatch(caller.governments()::contains);
    }

    /**
     * Completes the task with values that must meet its form's rules. The engine runs the completion as
     * the caller, so the engine's own authorizations apply too.
     */
    public void complete(String taskId, Map<String, Object> values, Caller caller) {
        Task task = platform.asPlatform(() -> visible(taskId, caller));
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.userId())) {
            throw new TaskConflictException("Task " + taskId + " is claimed by " + task.getAssignee(),
                    platform.asPlatform(() -> businessKeyOf(task.getProcessInstanceId())));
        }
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new TaskConflictException("Task " + taskId + " was delegated to you by " + task.getOwner()
                    + ": resolve it, and they complete it", platform.asPlatform(() -> businessKeyOf(task.getProcessInstanceId())));
        }
        try {
            tasks.complete(taskId, values);
        } catch (ProcessEngineException failed) {
            // Two sends at once (a double click): both found the task open, the other completed it first, and this one
            // failed on what that one wrote (a signature already recorded, a row changed meanwhile).
            if (platform.asPlatform(() -> tasks.createTaskQuery().taskId(taskId).count()) == 0) {
                throw new TaskConflictException("Task " + taskId + " was completed meanwhile",
                        platform.asPlatform(() -> businessKeyOf(task.getProcessInstanceId())));
            }
            throw failed;
        }
    }

    private TaskQuery visibleTo(Caller caller) {
        List<String> groups = new ArrayList<>(caller.groups());
        TaskQuery query = tasks.createTaskQuery().active().initializeFormKeys();
        if (caller.isAdministrator()) {
            return query;
        }
        return groups.isEmpty() ? query.taskAssignee(caller.userId())
                : query.or().taskCandidateGroupIn(groups).taskAssignee(caller.userId()).taskOwner(caller.userId()).endOr();
    }

    /** The open task if the caller may see it; a finished one the caller could see is a conflict, else not found. */
    private Task visible(String taskId, Caller caller) {
        Task task = visibleTo(caller).taskId(taskId).singleResult();
        if (task != null) {
            return task;
        }
        if (wasVisible(taskId, caller)) {
            HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            throw new TaskConflictException("Task " + taskId + " was already completed or withdrawn",
                    businessKeyOf(ended.getProcessInstanceId()));
        }
        throw new NotFoundException("No task " + taskId + " is visible to you");
    }

    /** The business key of the task's process instance, running or ended; none for a standalone task. */
    private String businessKeyOf(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private boolean wasVisible(String taskId, Caller caller) {
        boolean ended = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 1;
        if (!ended) {
            return false;
        }
        List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery().taskId(taskId).list();
        return caller.isAdministrator() || links.stream().anyMatch(link ->
                (link.getGroupId() != null && caller.hasGroup(link.getGroupId()))
                        || caller.userId().equals(link.getUserId()));
    }

    /**
     * What a page's tasks show besides their own columns, read for the whole page at once: the engine would
     * read each task's identity links and process definition in statements of their own.
     */
    private record PageContext(Map<String, String> businessKeys, Map<String, List<String>> candidateGroups,
                               Map<String, String> processKeys) {
    }

    private PageContext context(List<Task> page) {
        return new PageContext(businessKeys(page), candidateGroups(page), processKeys(page));
    }

    /** The business keys of the tasks' process instances. */
    private Map<String, String> businessKeys(List<Task> page) {
        Set<String> instances = page.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
                .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
        return keys;
    }

    private Map<String, String> processKeys(List<Task> page) {
        String[] definitions = page.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull).distinct()
                .toArray(String[]::new);
        if (definitions.length == 0) {
            return Map.of();
        }
        return repository.createProcessDefinitionQuery().processDefinitionIdIn(definitions).list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey));
    }

    private Map<String, List<String>> candidateGroups(List<Task> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> groups = new HashMap<>();
        jdbc.query("""
                select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK
                where TASK_ID_ in (:tasks) and TYPE_ = :candidate and GROUP_ID_ is not null""",
                Map.of("tasks", page.stream().map(Task::getId).toList(), "candidate", IdentityLinkType.CANDIDATE),
                (RowCallbackHandler) row -> groups.computeIfAbsent(row.getString(1), task -> new ArrayList<>()).add(row.getString(2)));
        groups.values().forEach(Collections::sort);
        return groups;
    }

    private StaffTask view(Task task, PageContext context) {
        List<String> groups = context.candidateGroups().getOrDefault(task.getId(), List.of());
        // A standalone task (one created through /engine-rest) belongs to no process instance.
        String businessKey = task.getProcessInstanceId() == null ? null
                : context.businessKeys().get(task.getProcessInstanceId());
        String processKey = task.getProcessDefinitionId() == null ? null
                : context.processKeys().get(task.getProcessDefinitionId());
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new StaffTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey,
                businessKey == null ? null : businessKey.split(":")[0], groups, task.getAssignee(),
                task.getCreateTime().toInstant(), due, due != null && due.isBefore(clock.instant()), task.getPriority(),
                task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey(), task.getOwner(),
                task.getDelegationState() == null ? null : task.getDelegationState().name().toLowerCase(Locale.ROOT));
    }
}
