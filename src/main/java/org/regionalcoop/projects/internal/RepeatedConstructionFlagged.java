package org.regionalcoop.projects.internal;

import org.regionalcoop.projects.ProjectId;

import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Before it starts, a project met active projects of other governments in its field and area; the secretariat decides. */
@Published(type = "project.repeated-construction-flagged", topic = "coop.projects.v1")
public record RepeatedConstructionFlagged(UUID agreementId, ProjectId projectId, CooperationField field,
                                          GovernmentCode location, List<ProjectId> conflictingProjects,
                                          Instant flaggedAt) implements AgreementEvent {
}
