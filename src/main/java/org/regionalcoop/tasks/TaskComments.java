package org.regionalcoop.tasks;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.regionalcoop.security.Caller;
import org.regionalcoop.security.PlatformActions;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Violation;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;

/** Comments on a task, for whoever may see it. The engine keeps them with the task's history. */
@Service
public class TaskComments {

    /** The engine's comment column holds 4000 characters. */
    static final int MAX_LENGTH = 4000;

    private final StaffTasks staffTasks;
    private final TaskService tasks;
    private final PlatformActions platform;

    TaskComments(StaffTasks staffTasks, TaskService tasks, PlatformActions platform) {
        this.staffTasks = staffTasks;
        this.tasks = tasks;
        this.platform = platform;
    }

    public List<TaskComment> of(String taskId, Caller caller) {
        staffTasks.get(taskId, caller);
        return platform.asPlatform(() -> tasks.getTaskComments(taskId)).stream()
                .sorted(Comparator.comparing(Comment::getTime))
                .map(TaskComments::view).toList();
    }

    /** Adds the comment as the caller, so the engine records them as its author. */
    public TaskComment add(String taskId, String message, Caller caller) {
        if (message == null || message.isBlank() || message.length() > MAX_LENGTH) {
            throw new InvalidRequestException(List.of(new Violation("message",
                    "write the comment in 1 to " + MAX_LENGTH + " characters")));
        }
        StaffTask task = staffTasks.get(taskId, caller);
        return view(tasks.createComment(task.id(), processInstanceId(task.id()), message));
    }

    private String processInstanceId(String taskId) {
        return platform.asPlatform(() -> tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId());
    }

    private static TaskComment view(Comment comment) {
        return new TaskComment(comment.getId(), comment.getUserId(), comment.getTime().toInstant(), comment.getFullMessage());
    }
}
