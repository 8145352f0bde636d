package org.regionalcoop.settlement;

import org.regionalcoop.kernel.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment for a project handed over to the renewal was paid before the cut-off of the closed agreement's last
 * settlement but reported after it was calculated: the closed agreement is settled for good and never counts it, so
 * the renewal's next settlement does, once. Announced in the hand-over's transaction for the audit log.
 *
 * @param agreementId       the renewal, whose next settlement counts the payment
 * @param closedAgreementId the closed agreement the payment was reported for
 * @param missedCutOff      the cut-off of the closed agreement's last settlement, which the payment was made before
 */
public record LatePaymentTakenOver(UUID agreementId, UUID projectId, String participant, Money amount, Instant paidAt,
                                   Instant reportedAt, UUID closedAgreementId, Instant missedCutOff,
                                   Instant takenOverAt) {
}
