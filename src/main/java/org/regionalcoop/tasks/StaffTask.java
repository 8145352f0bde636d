package org.regionalcoop.tasks;

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
public record StaffTask(String id, String name, String taskDefinitionKey, String processDefinitionKey,
                        String agreementId, List<String> candidateGroups, String assignee, Instant created,
                        Instant due, boolean overdue, int priority, String formKey, String owner, String delegation) {
}
