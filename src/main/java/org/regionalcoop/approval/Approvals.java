package org.regionalcoop.approval;

import org.regionalcoop.approval.internal.ApprovalProcess;
import org.regionalcoop.kernel.FieldRefusedException;
import org.regionalcoop.approval.internal.ApprovalRouted;
import org.regionalcoop.approval.internal.ApprovalRouting;
import org.regionalcoop.approval.internal.EscalationRaised;
import org.regionalcoop.approval.internal.ReviewRepository;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The approval module's API: route a signed agreement to its reviewers and record their decisions. */
@Service
public class Approvals {

    static final String SLA_BREACH = "review-sla";

    private final Agreements agreements;
    private final ApprovalRouting routing;
    private final ReviewRepository reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Approvals(Agreements agreements, ApprovalRouting routing, ReviewRepository reviews,
              ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.routing = routing;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Routes by the participants' lowest common superior and the requested support, through the decision
     * table {@code approval_routing}; returns the reviewing candidate groups in the order they review.
     */
    @Transactional
    public List<String> route(AgreementId id) {
        Agreement agreement = agreements.current(id);
        AgreementContent content = agreement.current().content();
        ApprovalRouting.Route route = routing.plan(agreement.initiator(), content);
        if (!route.withoutAgency().isEmpty()) {
            throw new IllegalStateException(routing.missingApprover(agreement.initiator(), content).orElseThrow()
                    + "; add the coordination agency to the reference data");
        }
        Instant now = clock.instant();
        reviews.route(id, agreement.current().number(), route.reviewerGroups(), now);
        events.publishEvent(new ApprovalRouted(id.value(), agreement.current().number(), route.superior().code().value(),
                content.requestedAmount().toString(), route.reviewerGroups(), now));
        return route.reviewerGroups();
    }

    /**
     * The reviewing candidate groups an agreement with this content would be routed to (none when its form asks no
     * superior): what a proposer is shown before proposing. The engine records the decision table's evaluation in its
     * history, so this writes.
     */
    @Transactional
    public List<String> routeFor(GovernmentCode initiator, AgreementContent content) {
        return routing.plan(initiator, content).reviewerGroups();
    }

    @Transactional(readOnly = true)
    public List<String> currentRoute(AgreementId id) {
        return reviews.currentRoute(id);
    }

    /** Records a reviewer's decision; a rejection or a request for revision must say why. */
    @Transactional
    public void decide(AgreementId id, String reviewerGroup, ReviewDecision decision, String conditions, String reason,
                       String decidedBy) {
        if (decision != ReviewDecision.APPROVE && (reason == null || reason.isBlank())) {
            throw new FieldRefusedException(ApprovalProcess.VAR_REASON.name(),
                    "A decision to " + decision.key() + " needs a reason");
        }
        Instant now = clock.instant();
        int version = reviews.decide(id, reviewerGroup, decision, blankToNull(conditions), blankToNull(reason), decidedBy, now);
        reviews.resolveEscalations(id, SLA_BREACH, reviewerGroup, now);
        events.publishEvent(new ApprovalDecided(id.value(), version, reviewerGroup, decision.key(),
                blankToNull(conditions), blankToNull(reason), decidedBy, now));
    }

    /** The review passed its service level: administrators see the escalation until the review is decided. */
    @Transactional
    public void escalate(AgreementId id, String reviewerGroup, Instant dueAt) {
        Instant now = clock.instant();
        String detail = "Review by " + reviewerGroup + " was due at " + dueAt;
        reviews.raiseEscalation(id, SLA_BREACH, reviewerGroup, detail, now);
        events.publishEvent(new EscalationRaised(id.value(), reviewerGroup, detail, dueAt, now));
    }

    /** Escalations not yet resolved, oldest first, for administrators. */
    @Transactional(readOnly = true)
    public List<Escalation> openEscalations() {
        return reviews.openEscalations();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
