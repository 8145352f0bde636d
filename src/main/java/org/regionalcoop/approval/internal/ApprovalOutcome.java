package org.regionalcoop.approval.internal;

import org.regionalcoop.approval.ReviewDecision;
import org.regionalcoop.kernel.Keyed;

/** What the approval returns to the lifecycle, whose conditions compare its key. */
enum ApprovalOutcome implements Keyed {
    APPROVED, REJECTED, REVISE;

    static ApprovalOutcome of(ReviewDecision decision) {
        return switch (decision) {
            case APPROVE -> APPROVED;
            case REJECT -> REJECTED;
            case REVISE -> REVISE;
        };
    }
}
