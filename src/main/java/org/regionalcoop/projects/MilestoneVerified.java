package org.regionalcoop.projects;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/**
 * A milestone report was verified; the grants module disburses {@code grantAmount} of the agreement's
 * award in the same transaction, and refuses (rolling the verification back) when the award cannot cover it.
 */
@Published(type = "project.milestone-verified", topic = "coop.projects.v1")
public record MilestoneVerified(UUID agreementId, ProjectId projectId, String milestone, Money grantAmount,
                                String verifiedBy, Instant verifiedAt) implements AgreementEvent {
}
