package org.regionalcoop.approval.internal;

import org.regionalcoop.approval.Approvals;
import org.regionalcoop.approval.ReviewDecision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import java.time.Clock;

import static org.regionalcoop.approval.internal.ApprovalProcess.*;

/** The approval process's service tasks: thin calls of {@link Approvals}. */
final class ApprovalDelegates {

    private ApprovalDelegates() {
    }

    private static AgreementId agreementId(DelegateExecution execution) {
        return VAR_AGREEMENT_ID.from(execution).get();
    }

    @Component("routeApproval")
    static class RouteApproval implements JavaDelegate {

        private final Approvals approvals;

        RouteApproval(Approvals approvals) {
            this.approvals = approvals;
        }

        @Override
        public void execute(DelegateExecution execution) {
            approvals.route(agreementId(execution));
        }
    }

    /** Records the review; the outcome so far decides whether the next level still reviews. */
    @Component("recordReview")
    static class RecordReview implements JavaDelegate {

        private final Approvals approvals;
        private final PlatformActions platform;

        RecordReview(Approvals approvals, PlatformActions platform) {
            this.approvals = approvals;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ReviewDecision decision = VAR_REVIEW_DECISION.from(execution).get();
            approvals.decide(agreementId(execution), VAR_REVIEWER_GROUP.from(execution).get(), decision,
                    VAR_CONDITIONS.from(execution).getOrNull(), VAR_REASON.from(execution).getOrNull(),
                    platform.currentUser());
            VAR_APPROVAL_OUTCOME.on(execution).set(ApprovalOutcome.of(decision));
        }
    }

    @Component("raiseReviewEscalation")
    static class RaiseReviewEscalation implements JavaDelegate {

        private final Approvals approvals;
        private final Clock clock;

        RaiseReviewEscalation(Approvals approvals, Clock clock) {
            this.approvals = approvals;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            approvals.escalate(agreementId(execution), VAR_REVIEWER_GROUP.from(execution).get(), clock.instant());
        }
    }
}
