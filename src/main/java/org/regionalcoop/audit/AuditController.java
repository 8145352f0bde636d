package org.regionalcoop.audit;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The audit log of an agreement, for the same callers who may see the agreement; others get 404. */
@RestController
@Tag(name = "Audit", description = "Who decided what about an agreement, when and why, written in the transaction of "
        + "each decision; for the callers who may see the agreement, anyone else gets 404.")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/agreements/{id}/audit")
    @Operation(operationId = "getAgreementAudit", summary = "Read an agreement's audit log",
            description = "Every decision on the agreement in the order it was taken: by whom, on which path (task or "
                    + "event), with its comment or reason.")
    List<AuditEntry> audit(@Parameter(description = "The agreement's id") @PathVariable AgreementId id) {
        return trail.of(id, Caller.current());
    }
}
