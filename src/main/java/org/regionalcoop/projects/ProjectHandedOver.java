package org.regionalcoop.projects;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/**
 * The renewal a project was handed over to at its agreement's closure came into force: the project runs on under it,
 * with its open contributions and tasks, and is settled under it from now on.
 *
 * @param agreementId    the renewal, which the project now belongs to
 * @param handedOverFrom the closed agreement the project ran under
 */
@Published(type = "project.handed-over", topic = "coop.projects.v1")
public record ProjectHandedOver(UUID agreementId, ProjectId projectId, UUID handedOverFrom, Instant handedOverAt)
        implements AgreementEvent {
}
