package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

import java.util.List;

/**
 * The stretch of the lifecycle an agreement is in, as a duty officer reads the board: the statuses grouped into
 * the funnel an agreement passes (proposal, consensus, approval, in force, closure), and the ends it can reach.
 */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum AgreementStage implements Keyed {
    PROPOSAL(AgreementStatus.PROPOSED),
    CONSENSUS(AgreementStatus.IN_CONSENSUS),
    APPROVAL(AgreementStatus.IN_APPROVAL),
    IN_FORCE(AgreementStatus.APPROVED, AgreementStatus.ADOPTED),
    CLOSURE(AgreementStatus.IN_CLOSURE),
    ENDED(AgreementStatus.CLOSED, AgreementStatus.CONSENSUS_FAILED, AgreementStatus.ABANDONED, AgreementStatus.REJECTED);

    private final List<AgreementStatus> statuses;

    AgreementStage(AgreementStatus... statuses) {
        this.statuses = List.of(statuses);
    }

    public List<AgreementStatus> statuses() {
        return statuses;
    }

    public static AgreementStage of(AgreementStatus status) {
        for (AgreementStage stage : values()) {
            if (stage.statuses.contains(status)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("No stage holds " + status);
    }

    public static AgreementStage fromKey(String key) {
        return Keyed.fromKey(AgreementStage.class, key);
    }
}
