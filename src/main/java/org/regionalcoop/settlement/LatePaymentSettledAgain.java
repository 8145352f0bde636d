package org.regionalcoop.settlement;

import org.regionalcoop.kernel.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment into a project or into the pooled fund of a closed agreement was paid before the cut-off of its final
 * settlement but reported after it was calculated, and no renewal took it over: the closed agreement settles once more
 * to that cut-off, which counts it once. Announced, once its renewal is decided, for the audit log.
 *
 * @param agreementId the closed agreement, which settles once more
 * @param projectId   the project paid into, or null for a payment into the agreement's fund
 * @param cutOff      the cut-off of the final settlement, which the payment was made before
 */
public record LatePaymentSettledAgain(UUID agreementId, UUID projectId, String participant, Money amount,
                                      Instant paidAt, Instant reportedAt, Instant cutOff, Instant decidedAt) {
}
