package org.regionalcoop.projects.internal;

import org.regionalcoop.projects.ProjectId;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** Every contribution is settled (paid, penalised or waived) and every milestone verified. */
@Published(type = "project.completed", topic = "coop.projects.v1")
public record ProjectCompleted(UUID agreementId, ProjectId projectId, Instant completedAt) implements AgreementEvent {
}
