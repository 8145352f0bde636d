package org.regionalcoop.tasks;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.regionalcoop.kernel.TextRules;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.camunda.bpm.engine.ProcessEngineException;
import org.regionalcoop.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** My tasks: the tasks of my government's roles, and the ones assigned to me. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final StaffTasks tasks;
    private final TaskContexts contexts;
    private final TaskComments comments;

    TaskController(StaffTasks tasks, TaskContexts contexts, TaskComments comments) {
        this.tasks = tasks;
        this.contexts = contexts;
        this.comments = comments;
    }

    /** To whom a task is delegated: a colleague's user id. */
    record Delegation(@Schema(requiredMode = REQUIRED, description = "a colleague's user id") String to) {
    }

    record NewComment(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.LONGEST) String message) {
    }

    @GetMapping
    TaskPage mine(@RequestParam(required = false) String agreementId,
                  @RequestParam(required = false) String taskDefinitionKey,
                  @RequestParam(required = false) Boolean overdue,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant dueBefore,
                  @RequestParam(defaultValue = "0") @Min(0) int page,
                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                  @Parameter(description = "The previous page's 'next': the page after it, numbered 'page'")
                  @RequestParam(required = false) String after) {
        StaffTasks.Filter filter = new StaffTasks.Filter(agreementId, taskDefinitionKey, overdue, dueBefore);
        return after == null ? tasks.mine(Caller.current(), filter, page, size)
                : tasks.mine(Caller.current(), filter, after, page, size);
    }

    /** The task with its agreement's context: current version, its changes, the other participants' answers. */
    @GetMapping("/{id}")
    TaskDetail get(@PathVariable String id) {
        return contexts.get(id, Caller.current());
    }

    @PostMapping("/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> claim(@PathVariable String id) {
        tasks.claim(id, Caller.current());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> unclaim(@PathVariable String id) {
        tasks.unclaim(id, Caller.current());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/delegate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delegate(@PathVariable String id, @RequestBody Delegation delegation) {
        tasks.delegate(id, delegation.to(), Caller.current());
        return ResponseEntity.noContent().build();
    }

    /** The delegate hands the task back to its owner, who completes it. */
    @PostMapping("/{id}/resolve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> resolve(@PathVariable String id) {
        tasks.resolve(id, Caller.current());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/comments")
    List<TaskComment> comments(@PathVariable String id) {
        return comments.of(id, Caller.current());
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TaskComment> comment(@PathVariable String id, @RequestBody NewComment comment) {
        return ResponseEntity.status(HttpStatus.CREATED).body(comments.add(id, comment.message(), Caller.current()));
    }

    /** Completes the task with its form's values, e.g. {@code {"answer": "consent", "comment": "..."}}. */
    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody Map<String, Object> values) {
        tasks.complete(id, values, Caller.current());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler
    ProblemDetail conflict(TaskConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Task conflict");
        return problem;
    }

    /**
     * A rule of the task's form, or a step of its process, refused the values (the engine wraps what a
     * listener or delegate throws); nothing was completed. Anything else is not the caller's mistake.
     */
    @ExceptionHandler
    ProblemDetail refused(ProcessEngineException e) {
        for (Throwable reason = e; reason != null; reason = reason.getCause()) {
            if (reason instanceof FormInputException || reason instanceof IllegalArgumentException) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reason.getMessage());
                problem.setTitle("Task values refused");
                return problem;
            }
        }
        throw e;
    }
}
