package org.regionalcoop.tasks;

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
public record StaffTask(String id, String name, String taskDefinitionKey, String processDefinitionKey,
                        String agreementId, List<String> candidateGroups, String assignee, Instant created,
                        Instant due, boolean overdue, int priority, String formKey, String owner, String delegation) {
}
