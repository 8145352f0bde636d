package org.regionalcoop.projects.internal;

import org.regionalcoop.projects.ProjectId;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/** A participant is called to pay its contribution by the deadline; its finance system reports the payment. */
@Published(type = "project.contribution-requested", topic = "coop.projects.v1")
public record ContributionRequested(UUID agreementId, ProjectId projectId, GovernmentCode participant, Money amount,
                                    Instant deadline, Instant requestedAt) implements AgreementEvent {
}
