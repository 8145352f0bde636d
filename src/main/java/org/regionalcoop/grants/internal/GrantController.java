package org.regionalcoop.grants.internal;

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
class GrantController {

    /** Why a granted status or quota is revoked. */
    record Revocation(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.LONGEST) String reason) {
    }

    /**
     * Disbursed money to take back.
     *
     * @param amount    yuan as a decimal string, positive, at most what was disbursed and not yet reclaimed
     * @param projectId the project and milestone the money was paid for, if the reclaim concerns one
     */
    record Reclaim(@Schema(requiredMode = REQUIRED, pattern = "^[0-9]{1,16}(\\.[0-9]{1,2})?$", example = "250000.00") String amount,
                   @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.LONGEST) String reason,
                   ProjectId projectId,
                   @Schema(maxLength = TextRules.NAME) String milestone) {
    }

    private final Grants grants;

    GrantController(Grants grants) {
        this.grants = grants;
    }

    @GetMapping("/api/agreements/{id}/grants")
    List<Grant> ofAgreement(@PathVariable AgreementId id) {
        return grants.of(id, Caller.current());
    }

    @PostMapping("/api/grants/{id}/revocation")
    Grant revoke(@PathVariable GrantId id, @RequestBody Revocation revocation) {
        return grants.revoke(id, revocation.reason(), Caller.current());
    }

    @PostMapping("/api/grants/{id}/reclaims")
    Grant reclaim(@PathVariable GrantId id, @RequestBody Reclaim reclaim) {
        return grants.reclaim(id, reclaim.amount(), reclaim.reason(), reclaim.projectId(), reclaim.milestone(),
                Caller.current());
    }
}
