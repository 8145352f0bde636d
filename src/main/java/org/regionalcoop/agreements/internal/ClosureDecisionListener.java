package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.Agreements;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import static org.regionalcoop.agreements.internal.AgreementClosureProcess.*;

/** The evaluation task was completed: announce the closure decision and the evaluation behind it. */
@Component("recordClosureDecision")
class ClosureDecisionListener implements TaskListener {

    private final Agreements agreements;
    private final PlatformActions platform;

    ClosureDecisionListener(Agreements agreements, PlatformActions platform) {
        this.agreements = agreements;
        this.platform = platform;
    }

    @Override
    public void notify(DelegateTask task) {
        agreements.recordClosureDecision(VAR_AGREEMENT_ID.from(task).get(),
                VAR_CLOSURE_DECISION.from(task).getOrNull(), VAR_EVALUATION.from(task).getOrNull(),
                platform.currentUser());
    }
}
