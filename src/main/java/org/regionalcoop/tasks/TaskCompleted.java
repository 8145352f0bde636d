package org.regionalcoop.tasks;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A member of staff completed a user task; the decision itself is in the process's own events. */
@Published(type = "task.completed", topic = "coop.tasks.v1")
record TaskCompleted(UUID agreementId, String taskId, String taskDefinitionKey, String name,
                     List<String> candidateGroups, String assignee, Instant dueAt, String processKey,
                     String processInstanceId, String by, Instant at) implements AgreementEvent {
}
