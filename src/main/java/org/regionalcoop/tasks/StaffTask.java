package org.regionalcoop.tasks;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A task as its member of staff sees it in the platform's task list.
 *
 * @param agreementId     the agreement the task belongs to (its process's business key, up to the first colon)
 * @param candidateGroups the government roles it is offered to, e.g. {@code SH.coordinator}
 * @param formKey         the Camunda Form whose rules the completion values must meet
 * @param owner           who delegated the task and completes it once the delegate resolved it; null if never delegated
 * @param delegation      {@code pending} while the delegate works it, {@code resolved} once it is back with
 *                        its owner; null if never delegated
 */
@Schema(description = "A task as the staff task list shows it: the step, its agreement, to whom it is offered or assigned, when it is due")
public record StaffTask(@Schema(description = "the task's id, for the task's own addresses") String id,
                        @Schema(example = "Answer the proposed agreement",
                                description = "the step's name as the process names it")
                        String name,
                        @Schema(example = "user_cast_vote", description = "which step of the process it is; the same for "
                                + "every task of that step, so a client can switch on it") String taskDefinitionKey,
                        @Schema(example = "agreement_ballot", description = "the process the step belongs to")
                        String processDefinitionKey,
                        @Schema(description = "the id of the agreement the task belongs to") @Nullable String agreementId,
                        @ArraySchema(arraySchema = @Schema(description = "the government roles it is offered to, "
                                + "<government code>.<role>, e.g. SH.coordinator"))
                        List<String> candidateGroups,
                        @Schema(description = "the user id of the member of staff who claimed it or to whom it is "
                                + "delegated; null while unclaimed") @Nullable String assignee,
                        @Schema(description = "when the task was created, UTC") Instant created,
                        @Schema(description = "when it is due, UTC; null when it has no due date") @Nullable Instant due,
                        @Schema(description = "true when its due date has passed") boolean overdue,
                        @Schema(description = "the engine's priority, higher first among tasks due at the same time; 50 "
                                + "unless the process sets another") int priority,
                        @Schema(description = "the form whose fields and rules the completion values must meet (its "
                                + "fields are in GET /api/tasks/{id}); null for a step without a form") @Nullable String formKey,
                        @Schema(description = "who delegated the task and completes it once the delegate handed it back; "
                                + "null if never delegated") @Nullable String owner,
                        @Schema(description = "pending while the delegate "
                                + "works it, resolved once it is back with its owner; null if never delegated")
                        @Nullable String delegation) {
}
