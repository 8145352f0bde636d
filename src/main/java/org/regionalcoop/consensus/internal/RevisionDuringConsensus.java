package org.regionalcoop.consensus.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.agreements.AgreementRevised;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.security.PlatformActions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A version published while the participants answer a round, or before every leader has signed, goes to a new round:
 * otherwise they would answer, and the leaders sign, a version that is no longer the agreement's. The open round
 * closes as amended (its ballots are withdrawn) or the signatures are withdrawn, in the revision's transaction
 * ({@code boundary_agreement_revised}, {@code boundary_agreement_revised_during_signing}). A revision the process
 * asked for ({@code user_revise_agreement}) finds neither waiting and changes nothing here. One published while the
 * round closes ({@link ClosingRound}) is refused: the agreements module asks first, and a last ballot committed between
 * its question and this correlation is found here, with the revision rolled back.
 */
@Component
class RevisionDuringConsensus {

    private final RuntimeService runtime;
    private final PlatformActions platform;
    private final ClosingRound closing;

    RevisionDuringConsensus(RuntimeService runtime, PlatformActions platform, ClosingRound closing) {
        this.runtime = runtime;
        this.platform = platform;
        this.closing = closing;
    }

    @EventListener
    void on(AgreementRevised revised) {
        boolean caught = !platform.asPlatform(() -> runtime.createMessageCorrelation(
                        ConsensusProcess.MESSAGE_AGREEMENT_REVISED)
                .processInstanceBusinessKey(revised.agreementId().toString()).correlateAllWithResult()).isEmpty();
        // The consensus's own version (the decliners dropped) is published while it closes the round, on purpose.
        if (!caught && !Agreements.CONSENSUS_EDITOR.equals(revised.revisedBy())) {
            closing.holding(new AgreementId(revised.agreementId())).ifPresent(refusal -> {
                throw new InvalidRequestException(List.of(new Violation("content",
                        "the consensus on this version is being decided (" + refusal.key() + "); publish the version once it asks for amendments")));
            });
        }
    }
}
