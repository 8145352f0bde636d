package org.regionalcoop.agreements.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static org.regionalcoop.agreements.internal.AgreementClosureProcess.*;

/**
 * Names the project a closure's decision task is about, once the task exists: the element of the per-project
 * decisions is known only then, not to the activity's input mappings.
 */
@Component("nameRunningProject")
class RunningProjectNaming implements TaskListener {

    private final AgreementClosure closure;

    RunningProjectNaming(AgreementClosure closure) {
        this.closure = closure;
    }

    @Override
    public void notify(DelegateTask task) {
        VAR_PROJECT_NAME.on(task).setLocal(closure.projectName(VAR_AGREEMENT_ID.from(task).get().toString(),
                VAR_PROJECT_ID.from(task).get()));
    }
}
