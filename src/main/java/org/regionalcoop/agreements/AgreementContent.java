package org.regionalcoop.agreements;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.TextRules;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;

import org.regionalcoop.organizations.GovernmentCode;

import java.util.List;
import java.util.Optional;

/**
 * What the participants agree to: one immutable version of an agreement. Amendments produce a new
 * version; the content hash identifies exactly what each government consented to and signed.
 *
 * @param secretariat   the participant that runs the daily cooperation office
 * @param benefitShares how the participants share the benefits of their cooperation (e.g. a tax-revenue ratio), in
 *                      percent adding up to exactly 100, when it differs from the cost shares; empty when benefits
 *                      follow the cost shares (left out of the content's JSON then, so earlier versions keep their hash)
 * @param bodies        the governing bodies the agreement sets up, keyed uniquely; empty (and left out of the JSON,
 *                      for the same reason) when it sets up none
 * @param fund          the agreement's pooled fund, or null (left out of the JSON, as the benefit shares)
 * @param settlementCurrency the one currency the participants settle in, in which every amount of this content is
 *                      stated; CNY when the proposal names none (and then left out of the JSON, as the benefit shares)
 * @param benefitBasis  the figure by which benefits are divided in proportion (population, GDP), or null when they
 *                      follow the benefit shares, else the cost shares (left out of the JSON then, as the benefit shares)
 */
@Schema(description = "What the participants agree to, one immutable version: participants, term, cost shares, rules for benefits, compensation and defection, and the support asked of a superior")
public record AgreementContent(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.NAME, example = "长株潭城际交通一体化协议",
                description = "the agreement's title as the participants know it, Chinese or English")
        String title,
        @ArraySchema(minItems = 1, uniqueItems = true,
                arraySchema = @Schema(requiredMode = REQUIRED, description = "the policy fields it covers"))
        List<CooperationField> fields,
        @ArraySchema(minItems = 2, uniqueItems = true,
                arraySchema = @Schema(requiredMode = REQUIRED, description = "the governments that take part"))
        List<GovernmentCode> participants,
        @Schema(requiredMode = REQUIRED, description = "the participant that runs the daily cooperation office")
        GovernmentCode secretariat,
        @Schema(requiredMode = REQUIRED, description = "the form of cooperation, which decides who may initiate it and "
                + "whether and by whom a superior approves it: bottom-up, top-down, counterpart-support or horizontal "
                + "(equals bound by their own signatures, no approval)")
        CooperationMode mode,
        @Schema(requiredMode = REQUIRED, description = "decides the consensus rule: a framework needs every participant's "
                + "consent, a specialized agreement a qualified majority (those that did not consent drop out)")
        AgreementType type,
        @Schema(requiredMode = REQUIRED, description = "from when to when the agreement runs; closure starts after its end")
        Term term,
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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CostShare> benefitShares,
        @ArraySchema(uniqueItems = true, arraySchema = @Schema(description = "the bodies the agreement sets up to govern "
                + "itself (a summit, council, committee, working group, working circles, standing committees); left out "
                + "when it sets up none"))
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<GoverningBody> bodies,
        @Schema(description = "the agreement's own fund that its members pay into and one of its bodies allocates to "
                + "projects; left out when it has none")
        @JsonInclude(JsonInclude.Include.NON_NULL) PooledFund fund,
        @Schema(example = "CNY", defaultValue = "CNY", description = "the ISO 4217 currency the participants settle "
                + "in, in which every amount of the agreement (defection penalty, fund contributions, projects, benefits, "
                + "settlements) is stated; CNY when left out")
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = InYuan.class) CurrencyCode settlementCurrency,
        @Schema(description = "shares the reported benefits in proportion to each participant's population or GDP as "
                + "the registry states them when a settlement is calculated, instead of benefitShares (then left out); "
                + "every participant needs the figure in the registry. Left out when benefits follow the benefit or "
                + "cost shares")
        @JsonInclude(JsonInclude.Include.NON_NULL) BenefitBasis benefitBasis) {

    public AgreementContent {
        settlementCurrency = settlementCurrency == null ? CurrencyCode.CNY : settlementCurrency;
        fields = fields == null ? List.of() : List.copyOf(fields);
        participants = participants == null ? List.of() : List.copyOf(participants);
        costShares = costShares == null ? List.of() : List.copyOf(costShares);
        supportRequests = supportRequests == null ? List.of() : List.copyOf(supportRequests);
        benefitShares = benefitShares == null ? List.of() : List.copyOf(benefitShares);
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
    }

    /** Content whose benefits follow its benefit shares, else its cost shares. */
    public AgreementContent(String title, List<CooperationField> fields, List<GovernmentCode> participants,
                            GovernmentCode secretariat, CooperationMode mode, AgreementType type, Term term,
                            List<CostShare> costShares, String benefitSharingRule, String compensationRule,
                            Money defectionPenalty, List<SupportRequest> supportRequests, List<CostShare> benefitShares,
                            List<GoverningBody> bodies, PooledFund fund, CurrencyCode settlementCurrency) {
        this(title, fields, participants, secretariat, mode, type, term, costShares, benefitSharingRule, compensationRule,
                defectionPenalty, supportRequests, benefitShares, bodies, fund, settlementCurrency, null);
    }

    /** Content whose benefits are shared as its costs are. */
    public AgreementContent(String title, List<CooperationField> fields, List<GovernmentCode> participants,
                            GovernmentCode secretariat, CooperationMode mode, AgreementType type, Term term,
                            List<CostShare> costShares, String benefitSharingRule, String compensationRule,
                            Money defectionPenalty, List<SupportRequest> supportRequests) {
        this(title, fields, participants, secretariat, mode, type, term, costShares, benefitSharingRule, compensationRule,
                defectionPenalty, supportRequests, List.of(), List.of(), null);
    }

    /** Content that sets up no governing bodies and has no pooled fund. */
    public AgreementContent(String title, List<CooperationField> fields, List<GovernmentCode> participants,
                            GovernmentCode secretariat, CooperationMode mode, AgreementType type, Term term,
                            List<CostShare> costShares, String benefitSharingRule, String compensationRule,
                            Money defectionPenalty, List<SupportRequest> supportRequests, List<CostShare> benefitShares) {
        this(title, fields, participants, secretariat, mode, type, term, costShares, benefitSharingRule, compensationRule,
                defectionPenalty, supportRequests, benefitShares, List.of(), null);
    }

    /** Content settled in yuan. */
    public AgreementContent(String title, List<CooperationField> fields, List<GovernmentCode> participants,
                            GovernmentCode secretariat, CooperationMode mode, AgreementType type, Term term,
                            List<CostShare> costShares, String benefitSharingRule, String compensationRule,
                            Money defectionPenalty, List<SupportRequest> supportRequests, List<CostShare> benefitShares,
                            List<GoverningBody> bodies, PooledFund fund) {
        this(title, fields, participants, secretariat, mode, type, term, costShares, benefitSharingRule, compensationRule,
                defectionPenalty, supportRequests, benefitShares, bodies, fund, CurrencyCode.CNY);
    }

    /** Content without a pooled fund. */
    public AgreementContent(String title, List<CooperationField> fields, List<GovernmentCode> participants,
                            GovernmentCode secretariat, CooperationMode mode, AgreementType type, Term term,
                            List<CostShare> costShares, String benefitSharingRule, String compensationRule,
                            Money defectionPenalty, List<SupportRequest> supportRequests, List<CostShare> benefitShares,
                            List<GoverningBody> bodies) {
        this(title, fields, participants, secretariat, mode, type, term, costShares, benefitSharingRule, compensationRule,
                defectionPenalty, supportRequests, benefitShares, bodies, null);
    }

    /**
     * Leaves the yuan out of the content's JSON, so that every version proposed before agreements named a currency
     * keeps its content hash (Jackson excludes a value this filter equals).
     */
    static final class InYuan {

        @Override
        public boolean equals(Object value) {
            return value == null || CurrencyCode.CNY.equals(value);
        }

        @Override
        public int hashCode() {
            return CurrencyCode.CNY.hashCode();
        }
    }

    /** The governing body with this key, if the agreement sets one up. */
    public Optional<GoverningBody> body(String key) {
        return bodies.stream().filter(body -> body.key().equals(key)).findFirst();
    }

    /** The body that arbitrates the participants' disputes, if the agreement names one. */
    public Optional<GoverningBody> arbitratingBody() {
        return bodies.stream().filter(GoverningBody::arbitrates).findFirst();
    }

    /**
     * The shares by which settlement divides the reported benefits: the benefit shares, else the cost shares; unless
     * a {@link #benefitBasis} divides them by the participants' figures.
     */
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
