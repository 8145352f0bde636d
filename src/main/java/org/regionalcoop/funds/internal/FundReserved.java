package org.regionalcoop.funds.internal;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.kernel.Money;

import java.time.Instant;
import java.util.UUID;

/** A project asked the fund for money: it is held for the project while the allocating body decides. */
@Published(type = "fund.reserved", topic = "coop.funds.v1")
record FundReserved(UUID agreementId, UUID projectId, Money amount, String actor, Instant recordedAt)
        implements AgreementEvent {
}
