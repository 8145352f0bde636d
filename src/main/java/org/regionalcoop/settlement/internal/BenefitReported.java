package org.regionalcoop.settlement.internal;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.events.Inbound;
import org.regionalcoop.events.InboundEvent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's finance system reports shared benefits it received for a period, e.g. tax revenue from
 * joint projects (inbound; kafka/schemas/settlement.benefit-reported.v1.json). They count in settlements
 * whose period ends after the reported period. A benefit received in another currency than the agreement's states it
 * as {@code original}, of which {@code amount} is the conversion at the agreed rate.
 */
@Inbound(type = "settlement.benefit-reported", topic = "coop.finance-reports.v1")
public record BenefitReported(UUID agreementId, String participant, Money amount, LocalDate periodStart, LocalDate periodEnd,
                       String description, OriginalAmount original) implements InboundEvent {
}
