package org.regionalcoop.projects;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/** A participant paid (part of) its contribution to a joint project: money it has borne of the joint costs. */
@Published(type = "project.contribution-paid", topic = "coop.projects.v1")
public record ContributionPaid(UUID agreementId, ProjectId projectId, GovernmentCode participant, Money amount,
                               Instant paidAt) implements AgreementEvent {
}
