package org.regionalcoop.projects;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/**
 * A defaulting participant owes the agreed penalty; the settlement passes it on to the other
 * participants by their cost shares. Published only once the penalty is final (not disputed, or upheld
 * by arbitration).
 */
@Published(type = "project.penalty-imposed", topic = "coop.projects.v1")
public record PenaltyImposed(UUID agreementId, ProjectId projectId, GovernmentCode defaulter, Money amount,
                             String reason, Instant imposedAt) implements AgreementEvent {
}
