package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.AgreementLifecycleProcess;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.OpenSteps;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.stereotype.Component;

/**
 * When a new version may be published: before the agreement's review, while participants answer or leaders sign (the
 * consensus puts it to a new round), and under review only once the reviewers asked for one. A version published
 * while the reviewers decide, or once the agreement is in force or ended, would become what comes into force
 * without any participant's consent or any leader's signature. Under review it asks the task lists' projection
 * ({@link OpenSteps}, one indexed row) rather than the engine, as every view of the agreement's page asks.
 */
@Component
public class RevisionWindow {

    private final OpenSteps openSteps;

    RevisionWindow(OpenSteps openSteps) {
        this.openSteps = openSteps;
    }

    public boolean isOpen(AgreementId id, AgreementStatus status) {
        return switch (status) {
            case PROPOSED, IN_CONSENSUS -> true;
            case IN_APPROVAL -> openSteps.isOpen(id, AgreementLifecycleProcess.USER_REVISE_AFTER_REVIEW);
            default -> false;
        };
    }
}
