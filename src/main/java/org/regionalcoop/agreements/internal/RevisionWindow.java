package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.AgreementLifecycleProcess;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.OpenSteps;
import org.regionalcoop.agreements.RevisionHolds;
import org.regionalcoop.agreements.RevisionRefusal;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * When a new version may be published: before the agreement's review, while participants answer or leaders sign (the
 * consensus puts it to a new round), and under review only once the reviewers asked for one. A version published
 * while the reviewers decide, or once the agreement is in force or ended, would become what comes into force
 * without any participant's consent or any leader's signature. While the participants answer, the modules deciding on
 * the version hold it back where they would not see it ({@link RevisionHolds}: the answers being counted, say). Under
 * review it asks the task lists' projection ({@link OpenSteps}, one indexed row) rather than the engine, as every view
 * of the agreement's page asks.
 */
@Component
public class RevisionWindow {

    private final OpenSteps openSteps;
    private final List<RevisionHolds> holds;

    RevisionWindow(OpenSteps openSteps, List<RevisionHolds> holds) {
        this.openSteps = openSteps;
        this.holds = holds;
    }

    public boolean isOpen(AgreementId id, AgreementStatus status) {
        return refusal(id, status).isEmpty();
    }

    /** Why a version may not be published now; empty while it may. */
    public Optional<RevisionRefusal> refusal(AgreementId id, AgreementStatus status) {
        return switch (status) {
            case PROPOSED, IN_CONSENSUS -> holds.stream().map(hold -> hold.holding(id)).flatMap(Optional::stream)
                    .findFirst();
            case IN_APPROVAL -> openSteps.isOpen(id, AgreementLifecycleProcess.USER_REVISE_AFTER_REVIEW)
                    ? Optional.empty() : Optional.of(RevisionRefusal.UNDER_REVIEW);
            case APPROVED, ADOPTED -> Optional.of(RevisionRefusal.IN_FORCE);
            case IN_CLOSURE, CLOSED -> Optional.of(RevisionRefusal.ENDED);
            case CONSENSUS_FAILED, ABANDONED, REJECTED -> Optional.of(RevisionRefusal.NOT_IN_FORCE);
        };
    }
}
