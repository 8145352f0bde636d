package org.regionalcoop.agreements;

import org.regionalcoop.kernel.Money;

import org.regionalcoop.organizations.GovernmentCode;

import java.util.List;

/**
 * What the participants agree to: one immutable version of an agreement. Amendments produce a new
 * version; the content hash identifies exactly what each government consented to and signed.
 *
 * @param secretariat the participant that runs the daily cooperation office
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
        List<SupportRequest> supportRequests) {

    public AgreementContent {
        fields = fields == null ? List.of() : List.copyOf(fields);
        participants = participants == null ? List.of() : List.copyOf(participants);
        costShares = costShares == null ? List.of() : List.copyOf(costShares);
        supportRequests = supportRequests == null ? List.of() : List.copyOf(supportRequests);
    }

    /** The monetary support requested in all, which decides how high the approval goes. */
    public Money requestedAmount() {
        return supportRequests.stream()
                .filter(request -> request.amount() != null)
                .map(SupportRequest::amount)
                .reduce(Money.ZERO, (a, b) -> new Money(a.yuan().add(b.yuan())));
    }
}
