package org.regionalcoop.audit;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The audit log of an agreement, for the same callers who may see the agreement; others get 404. */
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/agreements/{id}/audit")
    List<AuditEntry> audit(@PathVariable AgreementId id) {
        return trail.of(id, Caller.current());
    }
}
