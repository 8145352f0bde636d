package org.regionalcoop.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Tasks", description = "The staff task list: votes, signatures, reviews and the other decisions the agreements' "
        + "processes ask of a government's roles. A caller sees the tasks of its own roles and the ones assigned to it; "
        + "any other task answers 404 as if it did not exist.")
class TaskController {

    private static final String ID = "The task's id, as the task list (`GET /api/tasks`) gives it";

    private final StaffTasks tasks;
    private final TaskContexts contexts;
    private final TaskComments comments;

    TaskController(StaffTasks tasks, TaskContexts contexts, TaskComments comments) {
        this.tasks = tasks;
        this.contexts = contexts;
        this.comments = comments;
    }

    /** To whom a task is delegated: a colleague's user id. */
    @Schema(description = "To whom the task is delegated; they work it and hand it back (resolve)")
    record Delegation(@Schema(requiredMode = REQUIRED, maxLength = StaffTasks.USER_ID, description = "a colleague's user id")
                      String to) {
    }

    @Schema(description = "A comment on a task, visible to everyone who sees the task")
    record NewComment(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.LONGEST,
            description = "the comment's text, as written") String message) {
    }

    @GetMapping
    @Operation(operationId = "listMyTasks", summary = "List my tasks",
            description = "The open tasks of the caller's roles and the ones assigned to the caller, most urgent first, "
                    + "one page at a time; every filter is optional.")
    TaskPage mine(@Parameter(description = "only the tasks of this agreement (its id)")
                  @RequestParam(required = false) String agreementId,
                  @Parameter(description = "only the tasks of this step, e.g. `user_cast_vote`")
                  @RequestParam(required = false) String taskDefinitionKey,
                  @Parameter(description = "true: only tasks past their due date; false: only the others")
                  @RequestParam(required = false) Boolean overdue,
                  @Parameter(description = "only tasks due before this instant (ISO-8601, UTC)")
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant dueBefore,
                  @Parameter(description = "the page, counted from 0")
                  @RequestParam(defaultValue = "0") @Min(0) int page,
                  @Parameter(description = "how many tasks a page holds")
                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                  @Parameter(description = "The previous page's 'next': the page after it, numbered 'page'")
                  @RequestParam(required = false) String after) {
        StaffTasks.Filter filter = new StaffTasks.Filter(agreementId, taskDefinitionKey, overdue, dueBefore);
        return after == null ? tasks.mine(Caller.current(), filter, page, size)
                : tasks.mine(Caller.current(), filter, after, page, size);
    }

    /** The task with its agreement's context: current version, its changes, the other participants' answers. */
    @GetMapping("/{id}")
    // Stated, as springdoc leaves out the 200 of a method declaring another answer of its own.
    @ResponseStatus(HttpStatus.OK)
    @ApiResponse(responseCode = "409", description = "The task the caller saw was completed or withdrawn meanwhile")
    @Operation(operationId = "getTask", summary = "Read a task with its agreement",
            description = "The task, its form's fields and what the decision is about: the agreement's current version, "
                    + "what changed since the previous one and the other participants' answers so far.")
    TaskDetail get(@Parameter(description = ID) @PathVariable String id) {
        return contexts.get(id, Caller.current());
    }

    @PostMapping("/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "409", description = "Someone else has claimed the task, or it was completed "
            + "or withdrawn meanwhile")
    @Operation(operationId = "claimTask", summary = "Claim a task",
            description = "Assigns the task to the caller, so colleagues of the same role see who works it; "
                    + "409 when someone else has claimed it.")
    ResponseEntity<Void> claim(@Parameter(description = ID) @PathVariable String id) {
        tasks.claim(id, Caller.current());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "409", description = "The task is not claimed by the caller, or it was "
            + "completed or withdrawn meanwhile")
    @Operation(operationId = "unclaimTask", summary = "Give a claimed task back",
            description = "Returns the caller's claimed task to the role, for any colleague to claim.")
    ResponseEntity<Void> unclaim(@Parameter(description = ID) @PathVariable String id) {
        tasks.unclaim(id, Caller.current());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/delegate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "409", description = "Someone else has claimed the task, or it was completed "
            + "or withdrawn meanwhile")
    @Operation(operationId = "delegateTask", summary = "Delegate a task to a colleague",
            description = "Hands the task to a colleague of the caller's government, who works it and resolves it back; "
                    + "the caller stays its owner and completes it.")
    ResponseEntity<Void> delegate(@Parameter(description = ID) @PathVariable String id, @RequestBody Delegation delegation) {
        tasks.delegate(id, delegation.to(), Caller.current());
        return ResponseEntity.noContent().build();
    }

    /** The delegate hands the task back to its owner, who completes it. */
    @PostMapping("/{id}/resolve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "409", description = "The task is not delegated to the caller, or it was "
            + "completed or withdrawn meanwhile")
    @Operation(operationId = "resolveTask", summary = "Hand a delegated task back",
            description = "The delegate returns the task to its owner, who then completes it; 409 when the task is not "
                    + "delegated to the caller.")
    ResponseEntity<Void> resolve(@Parameter(description = ID) @PathVariable String id) {
        tasks.resolve(id, Caller.current());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/comments")
    // Stated, as springdoc leaves out the 200 of a method declaring another answer of its own.
    @ResponseStatus(HttpStatus.OK)
    @ApiResponse(responseCode = "409", description = "The task the caller saw was completed or withdrawn meanwhile")
    @Operation(operationId = "listTaskComments", summary = "List a task's comments",
            description = "The comments colleagues left on the task, oldest first.")
    List<TaskComment> comments(@Parameter(description = ID) @PathVariable String id) {
        return comments.of(id, Caller.current());
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "409", description = "The task the caller saw was completed or withdrawn meanwhile")
    @Operation(operationId = "commentOnTask", summary = "Comment on a task",
            description = "Leaves a comment for everyone who sees the task, e.g. why an answer is being prepared; "
                    + "it does not complete the task.")
    ResponseEntity<TaskComment> comment(@Parameter(description = ID) @PathVariable String id, @RequestBody NewComment comment) {
        return ResponseEntity.status(HttpStatus.CREATED).body(comments.add(id, comment.message(), Caller.current()));
    }

    /** Completes the task with its form's values, e.g. {@code {"answer": "consent", "comment": "..."}}. */
    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "409", description = "Someone else has claimed the task, it waits for its "
            + "delegate, or it was already completed or withdrawn")
    @Operation(operationId = "completeTask", summary = "Complete a task",
            description = "Completes the task with the values of its form (`GET /api/tasks/{id}` lists the fields), "
                    + "e.g. a vote: `answer` is `consent`, `decline` or `amend`. Values the form refuses answer 400 and "
                    + "complete nothing; a task already completed answers 409.")
    ResponseEntity<Void> complete(@Parameter(description = ID) @PathVariable String id,
                                  @RequestBody Map<String, Object> values) {
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
