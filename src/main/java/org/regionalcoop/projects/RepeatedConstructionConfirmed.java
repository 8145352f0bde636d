package org.regionalcoop.projects;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** The secretariat saw the flagged projects and let this one go ahead. */
@Published(type = "project.repeated-construction-confirmed", topic = "coop.projects.v1")
public record RepeatedConstructionConfirmed(UUID agreementId, ProjectId projectId, String reason, String decidedBy,
                                            Instant decidedAt) implements AgreementEvent {
}
