package org.regionalcoop.settlement;

import org.regionalcoop.kernel.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment into a project or into the pooled fund of a closed agreement that its final settlement did not count and
 * no renewal took over: paid before the cut-off but reported after the settlement was calculated, or, on a project no
 * renewal carried on, paid after the cut-off while the project still ran. The closed agreement settles once more, to
 * {@code settledTo}, which counts it once. Announced for the audit log when its renewal is decided, when it closes
 * without one, or when the payment is reported after that.
 *
 * @param agreementId the closed agreement, which settles once more
 * @param projectId   the project paid into, or null for a payment into the agreement's fund
 * @param cutOff      the cut-off of the last settlement that settled, which the payment was made before or after
 * @param settledTo   the period end of the settlement once more: the cut-off, or a payment made after it
 * @param decidedBy   the platform's step that found it: the renewal's outcome, or the settlement's own
 */
public record LatePaymentSettledAgain(UUID agreementId, UUID projectId, String participant, Money amount,
                                      Instant paidAt, Instant reportedAt, Instant cutOff, Instant settledTo,
                                      String decidedBy, Instant decidedAt) {

    /** Whether it was paid after the cut-off, on a project that ran on until no renewal could carry it. */
    public boolean paidAfterCutOff() {
        return paidAt.isAfter(cutOff);
    }
}
