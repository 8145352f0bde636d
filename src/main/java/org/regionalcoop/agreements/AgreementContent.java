package org.regionalcoop.agreements;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.regionalcoop.kernel.Money;

import org.regionalcoop.organizations.GovernmentCode;

import java.util.List;

/**
 * What the participants agree to: one immutable version of an agreement. Amendments produce a new
 * version; the content hash identifies exactly what each government consented to and signed.
 *
 * @param secretariat   the participant that runs the daily cooperation office
 * @param benefitShares how the participants share the benefits of their cooperation (e.g. a tax-revenue ratio), in
 *                      percent adding up to exactly 100, when it differs from the cost shares; empty when benefits
 *                      follow the cost shares (left out of the content's JSON then, so earlier versions keep their hash)
 */
public record AgreementContent(
        String title,
        List<CooperationField> fields,
        List<GovernmentCode> participants,
        GovernmentCode secretariat,
        CooperationMode mode,
        AgreementType type,
        Term term,
        List<CostShare> costShares,
        String benefitSharingRule,
        String compensationRule,
        Money defectionPenalty,
        List<SupportRequest> supportRequests,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CostShare> benefitShares) {

    public AgreementContent {
        fields = fields == null ? List.of() : List.copyOf(fields);
        participants = participants == null ? List.of() : List.copyOf(participants);
        costShares = costShares == null ? List.of() : List.copyOf(costShares);
        supportRequests = supportRequests == null ? List.of() : List.copyOf(supportRequests);
        benefitShares = benefitShares == null ? List.of() : List.copyOf(benefitShares);
    }

    /** Content whose benefits are shared as its costs are. */
    public AgreementContent(String title, List<CooperationField> fields, List<GovernmentCode> participants,
                            GovernmentCode secretariat, CooperationMode mode, AgreementType type, Term term,
                            List<CostShare> costShares, String benefitSharingRule, String compensationRule,
                            Money defectionPenalty, List<SupportRequest> supportRequests) {
        this(title, fields, participants, secretariat, mode, type, term, costShares, benefitSharingRule, compensationRule,
                defectionPenalty, supportRequests, List.of());
    }

    /** The shares by which settlement divides the reported benefits: the benefit shares, else the cost shares. */
    public List<CostShare> benefitKey() {
        return benefitShares.isEmpty() ? costShares : benefitShares;
    }

    /** The monetary support requested in all, which decides how high the approval goes. */
    public Money requestedAmount() {
        return supportRequests.stream()
                .filter(request -> request.amount() != null)
                .map(SupportRequest::amount)
                .reduce(Money.ZERO, (a, b) -> new Money(a.yuan().add(b.yuan())));
    }
}
