package org.regionalcoop.agreements.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import java.util.UUID;

import static org.regionalcoop.agreements.internal.AgreementClosureProcess.*;

/**
 * A decision task on a running project was completed: record what becomes of the project, in the completion's
 * transaction, so a decision the closure does not allow (handing over without a renewal) is refused to the person.
 */
@Component("recordRunningProjectDecision")
class RunningProjectDecisionListener implements TaskListener {

    private final Agreements agreements;
    private final PlatformActions platform;

    RunningProjectDecisionListener(Agreements agreements, PlatformActions platform) {
        this.agreements = agreements;
        this.platform = platform;
    }

    @Override
    public void notify(DelegateTask task) {
        agreements.decideRunningProject(VAR_AGREEMENT_ID.from(task).get(),
                UUID.fromString(VAR_PROJECT_ID.from(task).get()), VAR_PROJECT_DECISION.from(task).getOrNull(),
                VAR_PROJECT_DECISION_REASON.from(task).getOrNull(), VAR_CLOSURE_DECISION.from(task).getOrNull(),
                platform.currentUser());
    }
}
