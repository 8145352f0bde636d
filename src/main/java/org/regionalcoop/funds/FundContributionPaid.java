package org.regionalcoop.funds;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/**
 * A member paid (part of) its agreed contribution into the agreement's fund; every payment is recorded, also one
 * beyond what it agreed. Settlement shares the burden of all payments in by the agreed contributions. The same fact
 * a member's finance system reports inbound; who reported it is in the fund's ledger.
 */
@Published(type = "fund.contribution-paid", topic = "coop.funds.v1")
public record FundContributionPaid(UUID agreementId, GovernmentCode participant, Money amount, Instant paidAt)
        implements AgreementEvent {
}
