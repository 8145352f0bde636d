package org.regionalcoop.workbench;

import org.regionalcoop.agreements.AgreementId;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.audit.AuditEntry;
import org.regionalcoop.audit.AuditTrail;
import org.regionalcoop.security.Caller;
import org.regionalcoop.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;

/**
 * What every page about an agreement shows beside its own question: the agreement as it stands and its
 * timeline. A reviewing agency's staff decide on an agreement their government takes no part in; they see
 * it through their task, and its timeline only where the audit trail lets them.
 */
@Component
class AgreementFacts {

    private final Agreements agreements;
    private final AuditTrail audit;

    AgreementFacts(Agreements agreements, AuditTrail audit) {
        this.agreements = agreements;
        this.audit = audit;
    }

    /** For a caller already entitled to the agreement, e.g. through a task on it. */
    void addTo(Model model, AgreementId id, Caller caller) {
        model.addAttribute("agreement", agreements.current(id));
        model.addAttribute("timeline", timeline(id, caller));
    }

    private List<AuditEntry> timeline(AgreementId id, Caller caller) {
        try {
            return audit.of(id, caller);
        } catch (NotFoundException notTakingPart) {
            return List.of();
        }
    }
}
