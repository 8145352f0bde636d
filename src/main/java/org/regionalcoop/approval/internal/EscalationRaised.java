package org.regionalcoop.approval.internal;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** A review passed its service level without a decision; administrators see it until it is decided. */
@Published(type = "approval.escalation-raised", topic = "coop.agreements.v1")
public record EscalationRaised(UUID agreementId, String reviewerGroup, String reason, Instant dueAt, Instant raisedAt)
        implements AgreementEvent {
}
