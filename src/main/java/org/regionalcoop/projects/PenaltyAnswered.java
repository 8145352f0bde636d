package org.regionalcoop.projects;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/** The defaulter accepted the proposed penalty, or disputed it (then the approving agency arbitrates). */
@Published(type = "project.penalty-answered", topic = "coop.projects.v1")
public record PenaltyAnswered(UUID agreementId, ProjectId projectId, GovernmentCode defaulter, Money penalty,
                              String answer, String reason, String answeredBy, Instant answeredAt)
        implements AgreementEvent {
}
