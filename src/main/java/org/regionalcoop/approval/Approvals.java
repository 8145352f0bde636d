package org.regionalcoop.approval;

import org.regionalcoop.approval.internal.ApprovalProcess;
import org.regionalcoop.approval.internal.ApprovalRouted;
import org.regionalcoop.approval.internal.ApprovalSettings;
import org.regionalcoop.approval.internal.EscalationRaised;
import org.regionalcoop.approval.internal.ReviewRepository;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.Level;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.organizations.Role;
import org.regionalcoop.organizations.RoleAssignment;
import org.regionalcoop.security.PlatformActions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The approval module's API: route a signed agreement to its reviewers and record their decisions. */
@Service
public class Approvals {

    static final String SLA_BREACH = "review-sla";

    private final Agreements agreements;
    private final Organizations organizations;
    private final DecisionService decisions;
    private final ReviewRepository reviews;
    private final ApprovalSettings settings;
    private final ApplicationEventPublisher events;
    private final PlatformActions platform;
    private final Clock clock;

    Approvals(Agreements agreements, Organizations organizations, DecisionService decisions, ReviewRepository reviews,
              ApprovalSettings settings, ApplicationEventPublisher events, PlatformActions platform, Clock clock) {
        this.agreements = agreements;
        this.organizations = organizations;
        this.decisions = decisions;
        this.reviews = reviews;
        this.settings = settings;
        this.events = events;
        this.platform = platform;
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
        Government superior = organizations.lowestCommonSuperior(content.participants());
        List<String> groups = routeFor(content.participants(), content.requestedAmount());
        Instant now = clock.instant();
        reviews.route(id, agreement.current().number(), groups, now);
        events.publishEvent(new ApprovalRouted(id.value(), agreement.current().number(), superior.code().value(),
                content.requestedAmount().toString(), groups, now));
        return groups;
    }

    /**
     * The reviewing candidate groups an agreement among these participants, asking for this much support,
     * would be routed to: what a proposer is shown before proposing. The engine records the decision
     * table's evaluation in its history, so this writes.
     */
    @Transactional
    public List<String> routeFor(Collection<GovernmentCode> participants, Money requested) {
        Government superior = organizations.lowestCommonSuperior(participants);
        // Below the provinces there are no coordination agencies: a municipal superior's province reviews.
        Government reviewingLevel = provinceOrCentre(superior);
        boolean large = requested.yuan().compareTo(settings.secondLevelThreshold()) > 0;
        Map<String, Object> route = platform.asPlatform(() -> decisions.evaluateDecisionByKey(ApprovalProcess.DECISION)
                .variables(Variables.createVariables()
                        .putValue(ApprovalProcess.VAR_SUPERIOR_LEVEL, reviewingLevel.level().key())
                        .putValue(ApprovalProcess.VAR_LARGE_REQUEST, large))
                .evaluate().getSingleResult().getEntryMap());
        List<String> groups = new ArrayList<>();
        groups.add(reviewerGroup((String) route.get("firstReviewer"), reviewingLevel));
        String second = (String) route.get("secondReviewer");
        if (!"none".equals(second)) {
            groups.add(reviewerGroup(second, reviewingLevel));
        }
        return groups;
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
            throw new IllegalArgumentException("A decision to " + decision.key() + " needs a reason");
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

    private Government provinceOrCentre(Government superior) {
        Government current = superior;
        while (current.level() != Level.PROVINCIAL && current.level() != Level.CENTRAL) {
            current = organizations.get(current.parent().orElseThrow());
        }
        return current;
    }

    private String reviewerGroup(String reviewer, Government reviewingLevel) {
        return switch (reviewer) {
            case "provincial-agency" -> agencyGroup(reviewingLevel.code(), Role.REVIEWER);
            case "central-agency" -> agencyGroup(centralGovernment(reviewingLevel), Role.REVIEWER);
            case "central-leadership" -> agencyGroup(centralGovernment(reviewingLevel), Role.LEADER);
            default -> throw new IllegalStateException("approval_routing returned an unknown reviewer '" + reviewer + "'");
        };
    }

    private GovernmentCode centralGovernment(Government reviewingLevel) {
        return reviewingLevel.level() == Level.CENTRAL ? reviewingLevel.code() : reviewingLevel.parent().orElseThrow();
    }

    private String agencyGroup(GovernmentCode government, Role role) {
        Government agency = organizations.coordinationAgencyOf(government).orElseThrow(() -> new IllegalStateException(
                "No coordination agency is registered for " + government + "; add one to the reference data"));
        return new RoleAssignment(agency.code(), role).candidateGroup();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
