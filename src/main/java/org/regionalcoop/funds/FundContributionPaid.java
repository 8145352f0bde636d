package org.regionalcoop.funds;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/**
 * A member paid (part of) its agreed contribution into the agreement's fund; every payment is recorded, also one
 * beyond what it agreed. Settlement shares the burden of all payments in by the agreed contributions. The same fact
 * a member's finance system reports inbound; who reported it is in the fund's ledger. {@code amount} is in the
 * agreement's settlement currency; {@code original}, when it was paid in another, what was paid at the agreed rate.
 */
@Published(type = "fund.contribution-paid", topic = "coop.funds.v1")
public record FundContributionPaid(UUID agreementId, GovernmentCode participant, Money amount, Instant paidAt,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) OriginalAmount original)
        implements AgreementEvent {

    /** A payment in the agreement's settlement currency. */
    public FundContributionPaid(UUID agreementId, GovernmentCode participant, Money amount, Instant paidAt) {
        this(agreementId, participant, amount, paidAt, null);
    }
}
