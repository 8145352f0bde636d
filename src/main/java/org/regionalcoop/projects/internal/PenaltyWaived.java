package org.regionalcoop.projects.internal;

import org.regionalcoop.projects.ProjectId;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/** Arbitration waived a disputed penalty: the defaulter owes none; the default stays on record. */
@Published(type = "project.penalty-waived", topic = "coop.projects.v1")
public record PenaltyWaived(UUID agreementId, ProjectId projectId, GovernmentCode defaulter, Money amount,
                            String reason, Instant waivedAt) implements AgreementEvent {
}
