package org.regionalcoop.funds.internal;

import org.regionalcoop.events.Inbound;
import org.regionalcoop.events.InboundEvent;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's finance system reports a payment into its agreement's fund (inbound;
 * kafka/schemas/fund.contribution-paid.v1.json, the same fact the platform republishes once taken in).
 */
@Inbound(type = "fund.contribution-paid", topic = "coop.finance-reports.v1")
record FundPaymentReported(UUID agreementId, String participant, Money amount, Instant paidAt,
                           OriginalAmount original) implements InboundEvent {
}
