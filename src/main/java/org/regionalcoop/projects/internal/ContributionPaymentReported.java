package org.regionalcoop.projects.internal;

import org.regionalcoop.events.Inbound;
import org.regionalcoop.events.InboundEvent;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant's finance system reports a payment towards its contribution to a joint project (inbound;
 * kafka/schemas/project.contribution-paid.v1.json, the same fact the platform republishes once taken in).
 *
 * @param amount   in the agreement's settlement currency
 * @param original what was paid in another currency at the agreed rate, of which amount is the conversion; or null
 */
@Inbound(type = "project.contribution-paid", topic = "coop.finance-reports.v1")
record ContributionPaymentReported(UUID agreementId, UUID projectId, String participant, Money amount,
                                   Instant paidAt, OriginalAmount original) implements InboundEvent {
}
