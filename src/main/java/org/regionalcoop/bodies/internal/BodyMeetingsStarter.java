package org.regionalcoop.bodies.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementStatusChanged;
import org.regionalcoop.bodies.BodyMeetings;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.security.PlatformActions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;


import static org.regionalcoop.bodies.internal.BodyMeetingsProcess.*;

/**
 * Starts a meeting process for each body with a schedule when its agreement comes into force (approved, or adopted
 * by its parties' signatures), and interrupts them when the agreement enters closure. It hears the status change in
 * the transaction that makes it, so the processes start or stop exactly when the change commits.
 */
@Component
class BodyMeetingsStarter {

    private final BodyMeetings meetings;
    private final RuntimeService runtime;
    private final PlatformActions platform;

    BodyMeetingsStarter(BodyMeetings meetings, RuntimeService runtime, PlatformActions platform) {
        this.meetings = meetings;
        this.runtime = runtime;
        this.platform = platform;
    }

    @EventListener
    void on(AgreementStatusChanged change) {
        AgreementId id = new AgreementId(change.agreementId());
        if (change.to().inForce() && (change.from() == null || !change.from().inForce())) {
            for (String body : meetings.scheduledBodies(id)) {
                platform.asPlatform(() -> runtime.startProcessInstanceByKey(KEY, businessKey(id.toString(), body),
                        ProcessVariable.variables().set(VAR_AGREEMENT_ID, id).set(VAR_BODY, body)
                                .set(VAR_BODY_NAME, meetings.bodyName(id, body)).build()));
            }
        } else if (change.to() == AgreementStatus.IN_CLOSURE || change.to() == AgreementStatus.CLOSED) {
            platform.asPlatform(() -> runtime.createMessageCorrelation(MESSAGE_AGREEMENT_CLOSING)
                    .processInstanceVariableEquals(VAR_AGREEMENT_ID.name(), id.toString()).correlateAllWithResult());
        }
    }
}
