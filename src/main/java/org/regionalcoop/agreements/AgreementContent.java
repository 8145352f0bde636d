package org.regionalcoop.agreements;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.TextRules;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

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
@Schema(description = "What the participants agree to, one immutable version: participants, term, cost shares, rules for benefits, compensation and defection, and the support asked of a superior")
public record AgreementContent(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.NAME, example = "长株潭城际交通一体化协议")
        String title,
        @ArraySchema(minItems = 1, uniqueItems = true,
                arraySchema = @Schema(requiredMode = REQUIRED, description = "the policy fields it covers"))
        List<CooperationField> fields,
        @ArraySchema(minItems = 2, uniqueItems = true,
                arraySchema = @Schema(requiredMode = REQUIRED, description = "the governments that take part"))
        List<GovernmentCode> participants,
        @Schema(requiredMode = REQUIRED, description = "the participant that runs the daily cooperation office")
        GovernmentCode secretariat,
        @Schema(requiredMode = REQUIRED) CooperationMode mode,
        @Schema(requiredMode = REQUIRED) AgreementType type,
        @Schema(requiredMode = REQUIRED) Term term,
        @ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = REQUIRED,
                description = "one share of the joint costs per participant, adding up to exactly 100"))
        List<CostShare> costShares,
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.LONGEST,
                description = "how the benefits of the cooperation are shared")
        String benefitSharingRule,
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.LONGEST,
                description = "how a participant that loses by the cooperation is compensated")
        String compensationRule,
        @Schema(requiredMode = REQUIRED, description = "what a participant that defects pays")
        Money defectionPenalty,
        @ArraySchema(arraySchema = @Schema(description = "support asked of a superior; empty or left out when none"))
        List<SupportRequest> supportRequests,
        @ArraySchema(arraySchema = @Schema(description = "how the benefits are shared when not by the cost shares: "
                + "one share per participant adding up to exactly 100; left out when benefits follow the cost shares"))
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
