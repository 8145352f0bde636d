package org.regionalcoop.projects.internal;

import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.Projects;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.events.InboundHandler;
import org.regionalcoop.events.InboundRejection;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.stereotype.Component;

/**
 * Takes in payments reported by participants' finance systems. A payment for no contribution that
 * exists, or for one withdrawn when its project ended with its agreement and made after that, can never apply and goes
 * to the dead letters with the reason, from where it can be replayed; every other one is recorded, whenever it comes.
 */
@Component
class ContributionPaymentHandler implements InboundHandler<ContributionPaymentReported> {

    private final Projects projects;

    ContributionPaymentHandler(Projects projects) {
        this.projects = projects;
    }

    @Override
    public Class<ContributionPaymentReported> eventType() {
        return ContributionPaymentReported.class;
    }

    @Override
    public void apply(ContributionPaymentReported payment, String source) {
        try {
            projects.recordPayment(new AgreementId(payment.agreementId()), new ProjectId(payment.projectId()),
                    new GovernmentCode(payment.participant()), payment.amount(), payment.original(),
                    payment.paidAt(), source);
        } catch (IllegalArgumentException unappliable) {
            throw InboundRejection.unappliable(unappliable.getMessage());
        }
    }

    /** Payments never rely on a failing engine command, so there is nothing left to keep here. */
    @Override
    public void applyRefused(ContributionPaymentReported payment, String source) {
        throw InboundRejection.unappliable("The payment of " + payment.participant() + " to project "
                + payment.projectId() + " could not be applied");
    }
}
