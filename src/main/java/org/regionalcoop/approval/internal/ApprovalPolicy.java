package org.regionalcoop.approval.internal;

import org.regionalcoop.approval.Approvals;

import org.regionalcoop.kernel.AgreementId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.List;

/** The reviewers, service level and due dates for BPMN expressions, as {@code approvalPolicy} (hence public). */
@Component("approvalPolicy")
public class ApprovalPolicy {

    private final Approvals approvals;
    private final ApprovalSettings settings;
    private final Clock clock;

    ApprovalPolicy(Approvals approvals, ApprovalSettings settings, Clock clock) {
        this.approvals = approvals;
        this.settings = settings;
        this.clock = clock;
    }

    /** The reviewing groups of the agreement's current route, in the order they review. */
    public List<String> reviewerGroups(String agreementId) {
        return approvals.currentRoute(AgreementId.of(agreementId));
    }

    /** The review service level as an ISO-8601 duration, for the escalation timer. */
    public String reviewSla() {
        return settings.reviewSla().toString();
    }

    public Date reviewDue() {
        return Date.from(clock.instant().plus(settings.reviewSla()));
    }
}
