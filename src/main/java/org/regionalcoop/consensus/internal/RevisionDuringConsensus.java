package org.regionalcoop.consensus.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.agreements.AgreementRevised;
import org.regionalcoop.security.PlatformActions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A version published while the participants answer a round, or before every leader has signed, goes to a new round:
 * otherwise they would answer, and the leaders sign, a version that is no longer the agreement's. The open round
 * closes as amended (its ballots are withdrawn) or the signatures are withdrawn, in the revision's transaction
 * ({@code boundary_agreement_revised}, {@code boundary_agreement_revised_during_signing}). A revision the process
 * asked for ({@code user_revise_agreement}) finds neither waiting and changes nothing here.
 */
@Component
class RevisionDuringConsensus {

    private final RuntimeService runtime;
    private final PlatformActions platform;

    RevisionDuringConsensus(RuntimeService runtime, PlatformActions platform) {
        this.runtime = runtime;
        this.platform = platform;
    }

    @EventListener
    void on(AgreementRevised revised) {
        platform.asPlatform(() -> runtime.createMessageCorrelation(ConsensusProcess.MESSAGE_AGREEMENT_REVISED)
                .processInstanceBusinessKey(revised.agreementId().toString()).correlateAllWithResult());
    }
}
