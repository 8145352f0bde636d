package org.regionalcoop.grants;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.Role;
import org.regionalcoop.organizations.RoleAssignment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One requested support item of an agreement and what became of it.
 *
 * @param agency              the coordination agency whose programme funds it and whose grant officers decide
 * @param programmeId         null when no programme of the agency or the centre covers the support type that year
 * @param centralSharePercent the share of the requested amount the programme funds, from {@code grant_eligibility}
 * @param shareAmount         the requested amount times the central share, rounded down to the fen
 * @param disbursedAmount     paid out so far for verified milestones, net of reclaims
 */
@Schema(description = "One support item the agreement requested and what became of it: the deciding agency, the programme that funds it, the amount granted, disbursed and reclaimed")
public record Grant(@Schema(description = "the grant's id, to revoke or reclaim it") GrantId id,
                    @Schema(description = "the agreement whose support request it answers") AgreementId agreementId,
                    @Schema(description = "which of the agreement's support requests it answers, counted from 0")
                    int itemIndex,
                    @Schema(description = "the kind of support requested") SupportType supportType,
                    @Schema(description = "yuan the agreement asked for; null for support that is not money")
                    @Nullable Money requestedAmount,
                    @Schema(description = "the request's description as the initiator wrote it; null if none")
                    @Nullable String description,
                    @Schema(description = "the budget year of the programme that funds it; null when no programme of "
                            + "the agency or the centre covers the support type that year") @Nullable Long programmeId,
                    @Schema(description = "the coordination agency whose programme funds it and whose grant officers "
                            + "decide it") GovernmentCode agency,
                    @Schema(description = "whether the eligibility rules allow it; null until assessed") @Nullable Boolean eligible,
                    @Schema(description = "why it is not eligible; null unless ineligible") @Nullable String ineligibleReason,
                    @Schema(minimum = "0", maximum = "100", description = "the whole percent of the requested amount the "
                            + "programme funds, by the participants' poorest plate; null until assessed")
                    @Nullable Integer centralSharePercent,
                    @Schema(description = "the requested amount times the central share, rounded down to the fen, "
                            + "yuan; null until assessed or for support that is not money") @Nullable Money shareAmount,
                    @Schema(description = "pending, awarded, partly-awarded, declined or revoked") GrantStatus status,
                    @Schema(description = "yuan the grant officer awarded; null until awarded or for support that "
                            + "is not money") @Nullable Money awardedAmount,
                    @Schema(description = "yuan paid out so far for verified milestones, net of reclaims (0.00 "
                            + "before any); null for support that is not money") @Nullable Money disbursedAmount,
                    @Schema(description = "the first day a granted status or quota is valid; null for money")
                    @Nullable LocalDate validFrom,
                    @Schema(description = "the last day a granted status or quota is valid; null for money")
                    @Nullable LocalDate validTo,
                    @Schema(description = "the conditions a granted status or quota is held under; null if none")
                    @Nullable String conditions,
                    @Schema(description = "the user id of the grant officer who decided it, or the platform's name when "
                            + "it declined an ineligible or unfunded item; null while pending") @Nullable String decidedBy,
                    @Schema(description = "when it was decided, UTC; null while pending") @Nullable Instant decidedAt,
                    @Schema(description = "the grant officer's reason for the decision; null if none given") @Nullable String reason,
                    @Schema(description = "the user id of the grant officer who revoked it; null unless revoked")
                    @Nullable String revokedBy,
                    @Schema(description = "when it was revoked, UTC; null unless revoked") @Nullable Instant revokedAt,
                    @Schema(description = "why it was revoked, as told to its recipient; null unless revoked")
                    @Nullable String revocationReason) {

    /** The candidate group of the grant officers who decide it, e.g. {@code HN-PCA.grant_officer}. */
    public String grantOfficerGroup() {
        return new RoleAssignment(agency, Role.GRANT_OFFICER).candidateGroup();
    }

    public boolean monetary() {
        return supportType.monetary();
    }
}
