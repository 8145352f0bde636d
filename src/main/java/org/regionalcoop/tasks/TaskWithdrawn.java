package org.regionalcoop.tasks;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user task left the task lists without being completed: a participant's system answered instead, a
 * deadline passed, or the process ended otherwise.
 *
 * @param reason the engine's delete reason, e.g. {@code deleted} or the cancelling event
 */
@Published(type = "task.withdrawn", topic = "coop.tasks.v1")
record TaskWithdrawn(UUID agreementId, String taskId, String taskDefinitionKey, String name,
                     List<String> candidateGroups, String assignee, Instant dueAt, String processKey,
                     String processInstanceId, String reason, String by, Instant at) implements AgreementEvent {
}
