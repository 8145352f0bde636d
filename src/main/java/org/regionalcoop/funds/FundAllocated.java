package org.regionalcoop.funds;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.kernel.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * The allocating body allocated the money held for a project to it: the project receives it from the fund.
 *
 * @param allocatingBody the key of the body whose member decided
 */
@Published(type = "fund.allocated", topic = "coop.funds.v1")
public record FundAllocated(UUID agreementId, UUID projectId, Money amount, String allocatingBody, String reason,
                            String decidedBy, Instant decidedAt) implements AgreementEvent {
}
