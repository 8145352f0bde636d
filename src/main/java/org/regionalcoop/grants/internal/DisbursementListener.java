package org.regionalcoop.grants.internal;

import org.regionalcoop.grants.Grants;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.projects.MilestoneVerified;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pays a verified milestone's grant money in the transaction that verifies it: when the awards cannot cover
 * it the exception rolls the verification back, so a milestone is never verified without its money.
 */
@Component
public class DisbursementListener {

    private final Grants grants;

    DisbursementListener(Grants grants) {
        this.grants = grants;
    }

    @EventListener
    public void on(MilestoneVerified milestone) {
        grants.disburse(new AgreementId(milestone.agreementId()), milestone.projectId(), milestone.milestone(),
                milestone.grantAmount(), milestone.verifiedBy());
    }
}
