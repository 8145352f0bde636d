package org.regionalcoop.grants.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.regionalcoop.kernel.TextRules;

import org.regionalcoop.grants.Grant;
import org.regionalcoop.grants.GrantId;
import org.regionalcoop.grants.Grants;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * An agreement's grants for its participants, the deciding agencies and administrators; revocation and
 * reclaims for the deciding agency's grant officers. Everyone else gets 404.
 */
@RestController
@Tag(name = "Grants", description = "The grants awarded to an agreement's participants once it is approved: fiscal "
        + "transfers, policy status and quotas. The participants, the deciding agency and administrators see them; "
        + "the deciding agency's grant officers revoke them and reclaim disbursed money; anyone else gets 404.")
class GrantController {

    private static final String ID = "The grant's id, as the agreement's grants list it";

    /** Why a granted status or quota is revoked. */
    @Schema(description = "Why a granted status or quota is revoked")
    record Revocation(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.LONGEST,
            description = "the reason, kept with the grant and told to its recipient") String reason) {
    }

    /**
     * Disbursed money to take back.
     *
     * @param amount    yuan as a decimal string, positive, at most what was disbursed and not yet reclaimed
     * @param projectId the project and milestone the money was paid for, if the reclaim concerns one
     */
    @Schema(description = "Disbursed money to take back from the grant's recipient")
    record Reclaim(@Schema(requiredMode = REQUIRED, pattern = "^[0-9]{1,16}(\\.[0-9]{1,2})?$", maxLength = 19,
                           example = "250000.00",
                           description = "yuan, positive, at most what was disbursed and not yet reclaimed") String amount,
                   @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.LONGEST,
                           description = "why the money is taken back") String reason,
                   @Schema(description = "the project the money was paid for, if the reclaim concerns one") ProjectId projectId,
                   @Schema(maxLength = TextRules.NAME, description = "the project's milestone the money was paid for")
                   String milestone) {
    }

    private final Grants grants;

    GrantController(Grants grants) {
        this.grants = grants;
    }

    @GetMapping("/api/agreements/{id}/grants")
    @Operation(operationId = "listAgreementGrants", summary = "List an agreement's grants",
            description = "Every grant awarded for the agreement, with what was disbursed and reclaimed; empty before "
                    + "the agreement is approved.")
    List<Grant> ofAgreement(@Parameter(description = "The agreement's id") @PathVariable AgreementId id) {
        return grants.of(id, Caller.current());
    }

    @PostMapping("/api/grants/{id}/revocation")
    @Operation(operationId = "revokeGrant", summary = "Revoke a grant",
            description = "Revokes a granted status or quota for the reason given; only the deciding agency's grant "
                    + "officers may (403 for the others who see it). Money is taken back with a reclaim instead.")
    Grant revoke(@Parameter(description = ID) @PathVariable GrantId id, @RequestBody Revocation revocation) {
        return grants.revoke(id, revocation.reason(), Caller.current());
    }

    @PostMapping("/api/grants/{id}/reclaims")
    @Operation(operationId = "reclaimGrant", summary = "Reclaim disbursed money",
            description = "Takes back part of a fiscal transfer's disbursed money, written to the programme's ledger; "
                    + "only the deciding agency's grant officers may (403 for the others who see the grant).")
    Grant reclaim(@Parameter(description = ID) @PathVariable GrantId id, @RequestBody Reclaim reclaim) {
        return grants.reclaim(id, reclaim.amount(), reclaim.reason(), reclaim.projectId(), reclaim.milestone(),
                Caller.current());
    }
}
