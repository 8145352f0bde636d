package org.regionalcoop.projects;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/** The approving agency's arbitrator upheld or waived a disputed penalty, with a reason. */
@Published(type = "project.default-arbitrated", topic = "coop.projects.v1")
public record DefaultArbitrated(UUID agreementId, ProjectId projectId, GovernmentCode defaulter, Money penalty,
                                String decision, String reason, String arbitratedBy, Instant arbitratedAt)
        implements AgreementEvent {
}
