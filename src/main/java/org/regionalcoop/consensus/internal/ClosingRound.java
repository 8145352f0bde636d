package org.regionalcoop.consensus.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.agreements.RevisionHolds;
import org.regionalcoop.agreements.RevisionRefusal;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * Where the consensus waits without catching a revision: every ballot answered and the tally not yet run, the
 * deadline passed and the joint meeting deciding, every leader signed and the signing not yet announced. A version
 * published there would not go to a new round: the tally would count, and the leaders would have signed, the version
 * before it, and announcing the signed agreement would then fail.
 */
@Component
class ClosingRound implements RevisionHolds {

    private static final Map<String, RevisionRefusal> CLOSING = Map.of(
            ConsensusProcess.SERVICE_TALLY_ROUND, RevisionRefusal.ANSWERS_BEING_COUNTED,
            ConsensusProcess.USER_HOLD_JOINT_MEETING, RevisionRefusal.JOINT_MEETING,
            ConsensusProcess.SERVICE_COMPLETE_SIGNING, RevisionRefusal.SIGNATURES_BEING_ANNOUNCED);

    private final RuntimeService runtime;
    private final PlatformActions platform;

    ClosingRound(RuntimeService runtime, PlatformActions platform) {
        this.runtime = runtime;
        this.platform = platform;
    }

    /** One query in the common case (the round not closing); which step holds it is asked only when one does. */
    @Override
    public Optional<RevisionRefusal> holding(AgreementId agreement) {
        return platform.asPlatform(() -> {
            boolean closing = runtime.createProcessInstanceQuery().processDefinitionKey(ConsensusProcess.KEY)
                    .processInstanceBusinessKey(agreement.toString())
                    .activityIdIn(CLOSING.keySet().toArray(String[]::new)).count() > 0;
            return closing ? CLOSING.entrySet().stream()
                    .filter(step -> isAt(agreement, step.getKey()))
                    .map(Map.Entry::getValue).findFirst() : Optional.<RevisionRefusal>empty();
        });
    }

    private boolean isAt(AgreementId agreement, String activityId) {
        return runtime.createExecutionQuery().processDefinitionKey(ConsensusProcess.KEY)
                .processInstanceBusinessKey(agreement.toString()).activityId(activityId).count() > 0;
    }
}
