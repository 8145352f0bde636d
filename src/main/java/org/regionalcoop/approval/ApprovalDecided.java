package org.regionalcoop.approval;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** A reviewer approved (possibly with conditions), rejected (with a reason), or asked for revision. */
@Published(type = "approval.decided", topic = "coop.agreements.v1")
public record ApprovalDecided(UUID agreementId, int version, String reviewerGroup, String decision, String conditions,
                              String reason, String decidedBy, Instant decidedAt) implements AgreementEvent {
}
