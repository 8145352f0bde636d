package org.regionalcoop.tasks;

import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An agency is involved in an agreement from the moment one of its tasks is offered to it (a review, a grant
 * decision, an arbitration, a milestone to verify), in the engine's transaction that offers it: from then on its
 * staff see the agreement, whichever process and role offered the task.
 */
@Component
class AgencyInvolvement {

    private final Agreements agreements;

    AgencyInvolvement(Agreements agreements) {
        this.agreements = agreements;
    }

    @EventListener
    void on(TaskCreated task) {
        agreements.involve(new AgreementId(task.agreementId()), task.candidateGroups());
    }
}
