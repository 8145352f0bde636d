package org.regionalcoop.funds;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.kernel.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * Money held for a project went back to the fund: the allocating body declined it, or the project was merged or
 * cancelled before it started.
 *
 * @param declined whether the allocating body declined (then the decision is audited), rather than the project ending
 */
@Published(type = "fund.released", topic = "coop.funds.v1")
public record FundReleased(UUID agreementId, UUID projectId, Money amount, boolean declined, String reason, String actor,
                           Instant recordedAt) implements AgreementEvent {
}
