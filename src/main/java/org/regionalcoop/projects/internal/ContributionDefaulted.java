package org.regionalcoop.projects.internal;

import org.regionalcoop.projects.ProjectId;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant missed its contribution deadline: it is reminded and has until {@code graceEnds}; unpaid
 * then, the agreed penalty is proposed.
 */
@Published(type = "project.contribution-defaulted", topic = "coop.projects.v1")
public record ContributionDefaulted(UUID agreementId, ProjectId projectId, GovernmentCode participant,
                                    Money outstanding, Instant deadline, Instant graceEnds,
                                    Instant defaultedAt) implements AgreementEvent {
}
