package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.AgreementStatus;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * How long an agreement should stay in each status, from {@code platform.agreements.durations}: the board and
 * the search call an agreement overdue when it stays longer. In force and ended have none.
 */
@Component
public class ServiceLevels {

    private final AgreementSettings durations;

    ServiceLevels(AgreementSettings durations) {
        this.durations = durations;
    }

    public Optional<Duration> of(AgreementStatus status) {
        return Optional.ofNullable(switch (status) {
            case PROPOSED -> durations.proposalStage();
            case IN_CONSENSUS -> durations.consensusStage();
            case IN_APPROVAL -> durations.approvalStage();
            case IN_CLOSURE -> durations.closureEvaluation();
            default -> null;
        });
    }
}
