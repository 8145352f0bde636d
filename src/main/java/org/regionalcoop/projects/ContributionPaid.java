package org.regionalcoop.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant paid (part of) its contribution to a joint project: money it has borne of the joint costs.
 *
 * @param amount   in the agreement's settlement currency: what the payment counts for
 * @param original what was paid, when it was paid in another currency, with the agreed rate; null otherwise
 */
@Published(type = "project.contribution-paid", topic = "coop.projects.v1")
public record ContributionPaid(UUID agreementId, ProjectId projectId, GovernmentCode participant, Money amount,
                               Instant paidAt, @JsonInclude(JsonInclude.Include.NON_NULL) OriginalAmount original)
        implements AgreementEvent {

    /** A payment in the settlement currency. */
    public ContributionPaid(UUID agreementId, ProjectId projectId, GovernmentCode participant, Money amount,
                            Instant paidAt) {
        this(agreementId, projectId, participant, amount, paidAt, null);
    }
}
