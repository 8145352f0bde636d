package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.ApprovalRequirement;
import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.CostShareRules;
import org.regionalcoop.agreements.PooledFund;
import org.regionalcoop.agreements.SupportRequest;
import org.regionalcoop.agreements.Term;

import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.GovernmentKind;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.security.Caller;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.kernel.Violation;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a proposal must meet. Collects every violation, named by its JSON path, so staff can fix
 * the whole request at once.
 */
@Component
public class ProposalValidator {

    private final Organizations organizations;
    private final ApprovalRequirement approval;

    ProposalValidator(Organizations organizations, ApprovalRequirement approval) {
        this.organizations = organizations;
        this.approval = approval;
    }

    public List<Violation> validate(GovernmentCode initiator, AgreementContent content, Caller caller) {
        List<Violation> violations = new ArrayList<>();
        if (content == null) {
            violations.add(new Violation("content", "is required"));
            return violations;
        }
        checkInitiator(initiator, content, caller, violations);
        checkContent(content, violations);
        checkApprover(initiator, content, violations);
        return violations;
    }

    private void checkInitiator(GovernmentCode initiator, AgreementContent content, Caller caller, List<Violation> violations) {
        if (initiator == null) {
            violations.add(new Violation("initiator", "is required"));
            return;
        }
        if (!caller.hasGroup(initiator.value() + ".coordinator")) {
            violations.add(new Violation("initiator", "you are not a coordinator of " + initiator));
            return;
        }
        if (content.mode() == CooperationMode.TOP_DOWN) {
            boolean aboveAll = content.participants().stream()
                    .allMatch(p -> p.equals(initiator) || organizations.standsAbove(initiator, p));
            if (!aboveAll) {
                violations.add(new Violation("initiator", "a top-down agreement is initiated by a superior of every participant"));
            }
        } else if (content.mode() != null && !content.participants().contains(initiator)) {
            violations.add(new Violation("initiator", "must be a participant of a " + content.mode().name().toLowerCase().replace('_', '-') + " agreement"));
        }
    }

    private void checkContent(AgreementContent content, List<Violation> violations) {
        text("content.title", content.title(), TextRules.NAME, violations);
        if (content.fields().isEmpty()) {
            violations.add(new Violation("content.fields", "name at least one field of cooperation"));
        } else if (new HashSet<>(content.fields()).size() < content.fields().size()) {
            violations.add(new Violation("content.fields", "lists a field twice"));
        }
        checkParticipants(content, violations);
        required("content.mode", content.mode(), violations);
        required("content.type", content.type(), violations);
        checkTerm(content.term(), violations);
        checkCostShares(content, violations);
        checkBenefitShares(content, violations);
        text("content.benefitSharingRule", content.benefitSharingRule(), TextRules.LONGEST, violations);
        text("content.compensationRule", content.compensationRule(), TextRules.LONGEST, violations);
        if (content.defectionPenalty() == null) {
            violations.add(new Violation("content.defectionPenalty", "is required"));
        } else if (content.defectionPenalty().isNegative()) {
            violations.add(new Violation("content.defectionPenalty", "must not be negative"));
        }
        checkSupportRequests(content.supportRequests(), violations);
        BodyRules.check(content, violations);
        checkFund(content, violations);
        checkCurrency(content, violations);
        if (content.mode() == CooperationMode.HORIZONTAL && !content.supportRequests().isEmpty()) {
            violations.add(new Violation("content.supportRequests",
                    "a horizontal agreement binds its parties by their own signatures and asks no superior for support"));
        }
    }

    private void checkParticipants(AgreementContent content, List<Violation> violations) {
        List<GovernmentCode> participants = content.participants();
        if (participants.size() < 2) {
            violations.add(new Violation("content.participants", "an agreement needs at least two participants"));
        }
        if (content.mode() == CooperationMode.COUNTERPART_SUPPORT && participants.size() != 2) {
            violations.add(new Violation("content.participants", "counterpart support pairs exactly two governments"));
        }
        Set<GovernmentCode> seen = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            GovernmentCode participant = participants.get(i);
            String field = "content.participants[" + i + "]";
            if (participant == null) {
                violations.add(new Violation(field, "is required"));
                continue;
            }
            if (!seen.add(participant)) {
                violations.add(new Violation(field, participant + " is listed twice"));
            }
            Optional<Government> government = organizations.find(participant);
            if (government.isEmpty()) {
                violations.add(new Violation(field, "no government with code '" + participant + "' is registered"));
            } else if (government.get().kind() == GovernmentKind.COORDINATION_AGENCY) {
                violations.add(new Violation(field, participant + " is a coordination agency, not a government"));
            }
        }
        if (content.secretariat() == null) {
            violations.add(new Violation("content.secretariat", "is required"));
        } else if (!participants.contains(content.secretariat())) {
            violations.add(new Violation("content.secretariat", "must be one of the participants"));
        }
    }

    /** Asked only of valid participants and support requests: routing needs their place in the hierarchy and the sum. */
    private void checkApprover(GovernmentCode initiator, AgreementContent content, List<Violation> violations) {
        boolean routable = violations.stream().noneMatch(v -> v.field().startsWith("content.participants")
                || v.field().startsWith("content.supportRequests") || v.field().equals("content.mode")
                || v.field().equals("initiator"));
        if (routable) {
            approval.missingApprover(initiator, content)
                    .ifPresent(missing -> violations.add(new Violation("content.participants", missing)));
        }
    }

    private static void checkTerm(Term term, List<Violation> violations) {
        if (term == null) {
            violations.add(new Violation("content.term", "needs a start and an end date"));
        } else if (term.start() == null || term.end() == null) {
            if (term.start() == null) {
                violations.add(new Violation("content.term.start", "is required"));
            }
            if (term.end() == null) {
                violations.add(new Violation("content.term.end", "is required"));
            }
        } else if (!term.end().isAfter(term.start())) {
            violations.add(new Violation("content.term.end", "must be after the start"));
        }
    }

    /**
     * Benefit shares are optional; given, they name participants only and add up to exactly 100 %. A benefit basis
     * takes their place, and needs every participant's figure in the registry, which settlement divides by.
     */
    private void checkBenefitShares(AgreementContent content, List<Violation> violations) {
        if (content.benefitBasis() != null) {
            if (!content.benefitShares().isEmpty()) {
                violations.add(new Violation("content.benefitShares", "benefits divided by "
                        + content.benefitBasis().key() + " have no benefit shares of their own"));
            }
            List<String> without = content.participants().stream().filter(Objects::nonNull)
                    .filter(participant -> organizations.find(participant)
                            .flatMap(content.benefitBasis()::of).isEmpty())
                    .map(GovernmentCode::value).toList();
            if (!without.isEmpty()) {
                violations.add(new Violation("content.benefitBasis", "the registry states no "
                        + content.benefitBasis().key() + " for " + String.join(", ", without)
                        + "; benefits cannot be divided by it"));
            }
        } else if (!content.benefitShares().isEmpty()) {
            CostShareRules.check("content.benefitShares", content.benefitShares(), content.participants(), violations);
        }
    }

    private static void checkCostShares(AgreementContent content, List<Violation> violations) {
        Set<GovernmentCode> covered = CostShareRules.check("content.costShares", content.costShares(), content.participants(),
                violations);
        for (GovernmentCode participant : content.participants()) {
            if (participant != null && !covered.contains(participant)) {
                violations.add(new Violation("content.costShares", participant + " has no cost share"));
            }
        }
    }

    /**
     * A fund is optional; given, a body of the agreement allocates it and participants each agree to pay a positive
     * amount into it, each at most once.
     */
    private static void checkFund(AgreementContent content, List<Violation> violations) {
        PooledFund fund = content.fund();
        if (fund == null) {
            return;
        }
        if (fund.allocatingBody() == null || fund.allocatingBody().isBlank()) {
            violations.add(new Violation("content.fund.allocatingBody", "is required"));
        } else if (content.body(fund.allocatingBody()).isEmpty()) {
            violations.add(new Violation("content.fund.allocatingBody", "the agreement has no body '"
                    + fund.allocatingBody() + "'"));
        }
        if (fund.contributions().isEmpty()) {
            violations.add(new Violation("content.fund.contributions", "name at least one member's agreed contribution"));
        }
        Set<GovernmentCode> paying = new HashSet<>();
        for (int i = 0; i < fund.contributions().size(); i++) {
            PooledFund.Contribution contribution = fund.contributions().get(i);
            String field = "content.fund.contributions[" + i + "]";
            if (contribution == null || contribution.participant() == null) {
                violations.add(new Violation(field + ".participant", "is required"));
            } else if (!content.participants().contains(contribution.participant())) {
                violations.add(new Violation(field + ".participant", contribution.participant() + " is not a participant"));
            } else if (!paying.add(contribution.participant())) {
                violations.add(new Violation(field + ".participant", contribution.participant() + " is listed twice"));
            }
            if (contribution != null && (contribution.amount() == null || contribution.amount().yuan().signum() <= 0)) {
                violations.add(new Violation(field + ".amount", "an agreed contribution is a positive amount"));
            }
        }
    }

    /**
     * Every amount is stated in the settlement currency, no finer than its minor unit (no sen in yen). Amounts are kept
     * to two decimals, so a currency with three minor units is not offered; and support from a superior is paid from
     * a yuan budget, so an agreement that asks for money settles in yuan (docs/decisions/currency.md).
     */
    private static void checkCurrency(AgreementContent content, List<Violation> violations) {
        CurrencyCode currency = content.settlementCurrency();
        if (!currency.fitsMoney()) {
            violations.add(new Violation("content.settlementCurrency", currency + " has " + currency.minorUnits()
                    + " minor units; amounts are kept to two decimals, so agreements settle in a currency with at most two"));
            return;
        }
        amountIn(currency, "content.defectionPenalty", content.defectionPenalty(), violations);
        if (content.fund() != null) {
            for (int i = 0; i < content.fund().contributions().size(); i++) {
                PooledFund.Contribution contribution = content.fund().contributions().get(i);
                if (contribution != null) {
                    amountIn(currency, "content.fund.contributions[" + i + "].amount", contribution.amount(), violations);
                }
            }
        }
        if (!currency.equals(CurrencyCode.CNY) && content.supportRequests().stream()
                .anyMatch(request -> request != null && request.amount() != null)) {
            violations.add(new Violation("content.settlementCurrency", "support from a superior is paid in CNY from a "
                    + "yuan budget: an agreement that asks for money settles in CNY, not " + currency));
        }
    }

    private static void amountIn(CurrencyCode currency, String field, Money amount, List<Violation> violations) {
        if (amount != null) {
            currency.problemWith(amount).ifPresent(problem -> violations.add(new Violation(field, problem)));
        }
    }

    private static void checkSupportRequests(List<SupportRequest> requests, List<Violation> violations) {
        for (int i = 0; i < requests.size(); i++) {
            SupportRequest request = requests.get(i);
            String field = "content.supportRequests[" + i + "]";
            if (request == null || request.type() == null) {
                violations.add(new Violation(field + ".type", "is required"));
                continue;
            }
            if (request.type().monetary() && (request.amount() == null || request.amount().yuan().signum() <= 0)) {
                violations.add(new Violation(field + ".amount", "a monetary request needs a positive amount"));
            }
            if (!request.type().monetary() && request.amount() != null) {
                violations.add(new Violation(field + ".amount", "this kind of support has no amount"));
            }
            if (request.description() != null && request.description().length() > TextRules.LONGEST) {
                violations.add(new Violation(field + ".description", "is longer than " + TextRules.LONGEST + " characters"));
            }
        }
    }

    private static void required(String field, Object value, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, "is required"));
        }
    }

    private static void text(String field, String value, int maxLength, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
        } else if (value.length() > maxLength) {
            violations.add(new Violation(field, "is longer than " + maxLength + " characters"));
        }
    }
}
