package org.regionalcoop.projects;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** The secretariat merged the project into an existing one; it ends without starting. */
@Published(type = "project.merged", topic = "coop.projects.v1")
public record ProjectMerged(UUID agreementId, ProjectId projectId, ProjectId mergedInto, String reason,
                            String decidedBy, Instant decidedAt) implements AgreementEvent {
}
