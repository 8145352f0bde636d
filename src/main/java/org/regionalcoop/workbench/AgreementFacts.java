package org.regionalcoop.workbench;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.audit.AuditEntry;
import org.regionalcoop.audit.AuditTrail;
import org.regionalcoop.security.Caller;
import org.regionalcoop.kernel.NotFoundException;
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

    /** For a caller already entitled to the agreement, e.g. through a task on it; gives back the timeline shown. */
    List<AuditEntry> addTo(Model model, AgreementId id, Caller caller) {
        boolean mayOpen = mayOpen(id, caller);
        List<AuditEntry> timeline = mayOpen ? audit.of(id, caller) : List.of();
        model.addAttribute("agreement", agreements.current(id));
        model.addAttribute("timeline", timeline);
        model.addAttribute("mayOpen", mayOpen);
        return timeline;
    }

    /** Whether the agreement's own page is open to the caller: their government takes part in it. */
    boolean mayOpen(AgreementId id, Caller caller) {
        try {
            agreements.get(id, caller);
            return true;
        } catch (NotFoundException notTakingPart) {
            return false;
        }
    }
}
