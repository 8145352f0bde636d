package org.regionalcoop.tasks;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user task was claimed by or assigned to a member of staff, or given back to its groups (assignee null). */
@Published(type = "task.assigned", topic = "coop.tasks.v1")
record TaskAssigned(UUID agreementId, String taskId, String taskDefinitionKey, String name,
                    List<String> candidateGroups, String assignee, Instant dueAt, String processKey,
                    String processInstanceId, String by, Instant at) implements AgreementEvent {
}
