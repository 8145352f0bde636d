package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.Agreements;

import org.regionalcoop.kernel.AgreementId;

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
        agreements.recordClosureDecision(AgreementId.of((String) task.getVariable(VAR_AGREEMENT_ID)),
                (String) task.getVariable(VAR_CLOSURE_DECISION), (String) task.getVariable(VAR_EVALUATION),
                platform.currentUser());
    }
}
