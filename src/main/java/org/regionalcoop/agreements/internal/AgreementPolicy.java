package org.regionalcoop.agreements.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/** Due dates for the lifecycle's user tasks, used from BPMN expressions as {@code agreementPolicy} (hence public). */
@Component("agreementPolicy")
public class AgreementPolicy {

    private final AgreementSettings durations;
    private final Clock clock;

    AgreementPolicy(AgreementSettings durations, Clock clock) {
        this.durations = durations;
        this.clock = clock;
    }

    public Date closureEvaluationDue() {
        return Date.from(clock.instant().plus(durations.closureEvaluation()));
    }

    public Date revisionDue() {
        return Date.from(clock.instant().plus(durations.revision()));
    }
}
