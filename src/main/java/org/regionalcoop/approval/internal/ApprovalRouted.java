package org.regionalcoop.approval.internal;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A signed agreement was routed to its reviewers, in the order they review. */
@Published(type = "approval.routed", topic = "coop.agreements.v1")
public record ApprovalRouted(UUID agreementId, int version, String lowestCommonSuperior, String requestedAmount,
                             List<String> reviewerGroups, Instant routedAt) implements AgreementEvent {
}
