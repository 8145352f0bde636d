package org.regionalcoop.approval.internal;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.ApprovalRequirement;
import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.Level;
import org.regionalcoop.organizations.NoCommonSuperiorException;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.organizations.Role;
import org.regionalcoop.organizations.RoleAssignment;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who reviews an agreement's content: its form of cooperation, the participants' lowest common superior (or the
 * initiator, for a top-down agreement) and the requested support, through the decision table
 * {@code approval_routing}, resolved to the registered coordination agencies. A form that asks no superior routes to
 * nobody. The same routing answers at proposal whether the agreement can be approved at all and whether it needs a
 * superior's approval, and routes it once signed.
 */
@Component
public class ApprovalRouting implements ApprovalRequirement {

    /** The decision table's answer where no one reviews. */
    private static final String NOBODY = "none";

    private final Organizations organizations;
    private final DecisionService decisions;
    private final ApprovalSettings settings;
    private final PlatformActions platform;

    ApprovalRouting(Organizations organizations, DecisionService decisions, ApprovalSettings settings,
                    PlatformActions platform) {
        this.organizations = organizations;
        this.decisions = decisions;
        this.settings = settings;
        this.platform = platform;
    }

    /**
     * The reviewing candidate groups in the order they review, or the governments whose coordination agency
     * the route needs and the registry lacks.
     *
     * @param superior the participants' lowest common superior
     */
    public record Route(Government superior, List<String> reviewerGroups, List<Government> withoutAgency) {
    }

    public Route plan(GovernmentCode initiator, AgreementContent content) {
        if (content.mode() == CooperationMode.HORIZONTAL && acrossABorder(content)) {
            // Governments that nobody stands above, such as a city and a foreign prefecture, can bind themselves only
            // by their own signatures: a horizontal agreement, which no superior reviews.
            return new Route(null, List.of(), List.of());
        }
        Government superior = organizations.lowestCommonSuperior(content.participants());
        // Below the provinces there are no coordination agencies: a municipal superior's province reviews.
        Government reviewingLevel = provinceOrCentre(superior);
        boolean large = content.requestedAmount().yuan().compareTo(settings.secondLevelThreshold()) > 0;
        VariableMap inputs = Variables.createVariables();
        ApprovalProcess.VAR_COOPERATION_MODE.on(inputs).set(content.mode());
        ApprovalProcess.VAR_SUPPORT_REQUESTED.on(inputs).set(!content.supportRequests().isEmpty());
        ApprovalProcess.VAR_SUPERIOR_LEVEL.on(inputs).set(reviewingLevel.level().key());
        ApprovalProcess.VAR_LARGE_REQUEST.on(inputs).set(large);
        Map<String, Object> route = platform.asPlatform(() -> decisions.evaluateDecisionByKey(ApprovalProcess.DECISION)
                .variables(inputs).evaluate().getSingleResult().getEntryMap());
        List<String> reviewers = new ArrayList<>();
        for (String reviewer : List.of(ApprovalProcess.VAR_FIRST_REVIEWER.from(route).get(),
                ApprovalProcess.VAR_SECOND_REVIEWER.from(route).get())) {
            if (!NOBODY.equals(reviewer)) {
                reviewers.add(reviewer);
            }
        }
        List<String> groups = new ArrayList<>();
        List<Government> withoutAgency = new ArrayList<>();
        for (String reviewer : reviewers) {
            Government served = switch (reviewer) {
                case "initiator-agency" -> provinceOrCentre(organizations.get(initiator));
                case "provincial-agency" -> reviewingLevel;
                default -> centralGovernment(reviewingLevel);
            };
            Role role = reviewer.equals("central-leadership") ? Role.LEADER : Role.REVIEWER;
            organizations.coordinationAgencyOf(served.code()).ifPresentOrElse(
                    agency -> groups.add(new RoleAssignment(agency.code(), role).candidateGroup()),
                    () -> withoutAgency.add(served));
        }
        return new Route(superior, List.copyOf(groups), List.copyOf(withoutAgency));
    }

    /** Whether no government stands above all the participants. */
    private boolean acrossABorder(AgreementContent content) {
        try {
            organizations.lowestCommonSuperior(content.participants());
            return false;
        } catch (NoCommonSuperiorException none) {
            return true;
        }
    }

    @Override
    public Optional<String> missingApprover(GovernmentCode initiator, AgreementContent content) {
        if (content.mode() != CooperationMode.HORIZONTAL && acrossABorder(content)) {
            return Optional.of("no government stands above all of " + content.participants().stream()
                    .map(GovernmentCode::value).collect(Collectors.joining(" and ")) + ", so none reviews their "
                    + "agreement: governments without a common superior cooperate horizontally");
        }
        List<Government> withoutAgency = plan(initiator, content).withoutAgency();
        if (withoutAgency.isEmpty()) {
            return Optional.empty();
        }
        String participants = content.participants().stream().map(GovernmentCode::value).collect(Collectors.joining(" and "));
        String missing = withoutAgency.stream().distinct()
                .map(government -> describe(government) + " has none")
                .collect(Collectors.joining("; "));
        return Optional.of("no coordination agency reviews agreements among " + participants + ": " + missing);
    }

    @Override
    public boolean superiorApprovalRequired(GovernmentCode initiator, AgreementContent content) {
        Route route = plan(initiator, content);
        return !route.reviewerGroups().isEmpty() || !route.withoutAgency().isEmpty();
    }

    @Override
    public Optional<GovernmentCode> approvingAgency(GovernmentCode initiator, AgreementContent content) {
        return plan(initiator, content).reviewerGroups().stream().findFirst()
                .map(group -> new GovernmentCode(group.substring(0, group.indexOf('.'))));
    }

    private static String describe(Government government) {
        String level = government.level() == Level.CENTRAL ? "the central government" : "the province";
        return level + " " + government.code() + " (" + government.name() + ")";
    }

    private Government provinceOrCentre(Government superior) {
        Government current = superior;
        while (current.level() != Level.PROVINCIAL && current.level() != Level.CENTRAL) {
            current = organizations.get(current.parent().orElseThrow());
        }
        return current;
    }

    private Government centralGovernment(Government reviewingLevel) {
        return reviewingLevel.level() == Level.CENTRAL ? reviewingLevel : organizations.get(reviewingLevel.parent().orElseThrow());
    }
}
