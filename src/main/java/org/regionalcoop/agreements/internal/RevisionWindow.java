package org.regionalcoop.agreements.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.agreements.AgreementLifecycleProcess;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

/**
 * When a new version may be published: before the agreement's review, while participants answer or leaders sign (the
 * consensus puts it to a new round), and under review only once the reviewers asked for one. A version published
 * while the reviewers decide, or once the agreement is in force or ended, would become what comes into force
 * without any participant's consent or any leader's signature.
 */
@Component
public class RevisionWindow {

    private final RuntimeService runtime;
    private final PlatformActions platform;

    RevisionWindow(RuntimeService runtime, PlatformActions platform) {
        this.runtime = runtime;
        this.platform = platform;
    }

    public boolean isOpen(AgreementId id, AgreementStatus status) {
        return switch (status) {
            case PROPOSED, IN_CONSENSUS -> true;
            case IN_APPROVAL -> platform.asPlatform(() -> runtime.createExecutionQuery()
                    .processDefinitionKey(AgreementLifecycleProcess.KEY).processInstanceBusinessKey(id.toString())
                    .activityId(AgreementLifecycleProcess.USER_REVISE_AFTER_REVIEW).count() > 0);
            default -> false;
        };
    }
}
