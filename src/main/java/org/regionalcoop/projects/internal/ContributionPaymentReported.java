package org.regionalcoop.projects.internal;

import org.regionalcoop.events.Inbound;
import org.regionalcoop.events.InboundEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A participant's finance system reports a payment towards its contribution to a joint project (inbound;
 * kafka/schemas/project.contribution-paid.v1.json, the same fact the platform republishes once taken in).
 */
@Inbound(type = "project.contribution-paid", topic = "coop.finance-reports.v1")
record ContributionPaymentReported(UUID agreementId, UUID projectId, String participant, BigDecimal amount,
                                   Instant paidAt) implements InboundEvent {
}
