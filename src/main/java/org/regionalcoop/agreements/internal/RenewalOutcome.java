package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatusChanged;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.RenewalDecided;
import org.regionalcoop.agreements.RunningProject;
import org.regionalcoop.agreements.RunningProjectDecided;
import org.regionalcoop.agreements.RunningProjects;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * What a renewal's outcome means for the projects its predecessor's closure handed over to it, in the transaction of
 * the renewal's change of status: in force, they move to it; failed, the closure's hand-over cannot stand and they are
 * cancelled as a closure's cancel decision cancels them, so none is left running under a closed agreement. Either way
 * it then announces the renewal decided, for what the closed agreement's accounts still hold.
 */
@Component
class RenewalOutcome {

    private final Agreements agreements;
    private final RunningProjects running;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RenewalOutcome(Agreements agreements, RunningProjects running, ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.running = running;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(AgreementStatusChanged change) {
        if (!change.to().inForce() && !change.to().failed()) {
            return;
        }
        AgreementId renewal = new AgreementId(change.agreementId());
        agreements.find(renewal).flatMap(Agreement::renewalOf).ifPresent(closed -> {
            if (change.to().inForce()) {
                running.handOver(closed, renewal);
            } else {
                cancelHandedOver(closed, renewal, change);
            }
            events.publishEvent(new RenewalDecided(closed.value(), renewal.value(), change.to().inForce(),
                    clock.instant()));
        });
    }

    private void cancelHandedOver(AgreementId closed, AgreementId renewal, AgreementStatusChanged change) {
        Instant now = clock.instant();
        String reason = "The renewal " + renewal + " ended " + change.to().key()
                + " without coming into force; the project handed over to it ends with the closed agreement";
        for (RunningProject project : running.handedOver(closed)) {
            events.publishEvent(new RunningProjectDecided(closed.value(), project.projectId(),
                    RunningProjectDecided.Decision.CANCEL, reason, Agreements.RENEWAL_PROPOSER, now));
        }
    }
}
