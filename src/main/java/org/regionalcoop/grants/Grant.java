package org.regionalcoop.grants;

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
public record Grant(GrantId id, AgreementId agreementId, int itemIndex, SupportType supportType, Money requestedAmount,
                    String description, Long programmeId, GovernmentCode agency, Boolean eligible,
                    String ineligibleReason, Integer centralSharePercent, Money shareAmount, GrantStatus status,
                    Money awardedAmount, Money disbursedAmount, LocalDate validFrom, LocalDate validTo,
                    String conditions, String decidedBy, Instant decidedAt, String reason, String revokedBy,
                    Instant revokedAt, String revocationReason) {

    /** The candidate group of the grant officers who decide it, e.g. {@code HN-PCA.grant_officer}. */
    public String grantOfficerGroup() {
        return new RoleAssignment(agency, Role.GRANT_OFFICER).candidateGroup();
    }

    public boolean monetary() {
        return supportType.monetary();
    }
}
