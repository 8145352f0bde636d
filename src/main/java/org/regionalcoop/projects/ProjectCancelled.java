package org.regionalcoop.projects;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** The secretariat cancelled the project as repeated construction; it ends without starting. */
@Published(type = "project.cancelled", topic = "coop.projects.v1")
public record ProjectCancelled(UUID agreementId, ProjectId projectId, String reason, String decidedBy,
                               Instant decidedAt) implements AgreementEvent {
}
