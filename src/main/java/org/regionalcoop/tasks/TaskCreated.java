package org.regionalcoop.tasks;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user task of an agreement's process was created and waits in its candidate groups' task lists. */
@Published(type = "task.created", topic = "coop.tasks.v1")
record TaskCreated(UUID agreementId, String taskId, String taskDefinitionKey, String name,
                   List<String> candidateGroups, String assignee, Instant dueAt, String processKey,
                   String processInstanceId, String by, Instant at) implements AgreementEvent {
}
