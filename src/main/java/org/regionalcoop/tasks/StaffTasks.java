package org.regionalcoop.tasks;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.DelegationState;
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
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final HistoryService history;
    private final IdentityService identities;
    private final PlatformActions platform;
    private final NamedParameterJdbcTemplate jdbc;
    private final StepForms forms;
    private final Clock clock;

    StaffTasks(TaskService tasks, HistoryService history, IdentityService identities, PlatformActions platform,
               NamedParameterJdbcTemplate jdbc, StepForms forms, Clock clock) {
        this.tasks = tasks;
        this.history = history;
        this.identities = identities;
        this.platform = platform;
        this.jdbc = jdbc;
        this.forms = forms;
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

    /**
     * Counts {@code query}'s tasks up to the limit and reads the page from {@code pageQuery}, which may start later,
     * with what its tasks show, in one statement.
     */
    private TaskPage mine(MyTasksQuery query, MyTasksQuery pageQuery, int offset, int page, int size) {
        long[] counted = {0};
        List<MyTasksQuery.After> listed = new ArrayList<>();
        List<TaskRow> rows = new ArrayList<>();
        jdbc.query(query.pageAndCount(pageQuery, offset, size + 1), pageQuery.parameters(), (RowCallbackHandler) row -> {
            counted[0] = row.getLong("counted");
            if (row.getString("ID_") != null) {
                listed.add(new MyTasksQuery.After(row.getTimestamp("due_key"), row.getInt("priority"), row.getString("ID_")));
                rows.add(TaskRow.of(row));
            }
        });
        List<TaskRow> shown = rows.subList(0, Math.min(size, rows.size()));
        String next = listed.size() > size ? listed.get(shown.size() - 1).toString() : null;
        return new TaskPage(views(shown), Math.min(counted[0], MyTasksQuery.COUNT_LIMIT),
                counted[0] > MyTasksQuery.COUNT_LIMIT, page, size, next);
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

    public StaffTask get(String taskId, Caller caller) {
        platform.asPlatform(() -> visible(taskId, caller));
        return views(jdbc.query("select " + TaskRow.COLUMNS + " from ACT_RU_TASK T" + TaskRow.JOINS + " where T.ID_ = :task",
                Map.of("task", taskId), (row, n) -> TaskRow.of(row))).stream().findFirst()
                .orElseThrow(() -> new TaskConflictException("Task " + taskId + " was already completed or withdrawn", null));
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
        TaskQuery query = tasks.createTaskQuery().active();
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
     * The tasks as the list shows them. A step's form is its process definition's, known without a statement once the
     * definition was read; only a form named by an expression of the task's variables is the engine's to evaluate.
     */
    private List<StaffTask> views(List<TaskRow> rows) {
        List<String> evaluated = rows.stream().filter(row -> forms.of(row.processDefinitionId(), row.taskDefinitionKey()).perTask())
                .map(TaskRow::id).toList();
        Map<String, String> evaluatedForms = evaluated.isEmpty() ? Map.of() : platform.asPlatform(() ->
                tasks.createTaskQuery().taskIdIn(evaluated.toArray(String[]::new)).initializeFormKeys().list().stream()
                        .filter(task -> task.getCamundaFormRef() != null)
                        .collect(Collectors.toMap(Task::getId, task -> task.getCamundaFormRef().getKey())));
        return rows.stream().map(row -> view(row, evaluatedForms.getOrDefault(row.id(),
                forms.of(row.processDefinitionId(), row.taskDefinitionKey()).key()))).toList();
    }

    private StaffTask view(TaskRow task, String formKey) {
        Instant due = task.due();
        return new StaffTask(task.id(), task.name(), task.taskDefinitionKey(), task.processDefinitionKey(),
                task.businessKey() == null ? null : task.businessKey().split(":")[0], task.candidateGroups(), task.assignee(),
                task.created(), due, due != null && due.isBefore(clock.instant()), task.priority(), formKey, task.owner(),
                task.delegation() == null ? null : task.delegation().toLowerCase(Locale.ROOT));
    }
}
