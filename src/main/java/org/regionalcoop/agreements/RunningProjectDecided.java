package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.kernel.Keyed;

import java.time.Instant;
import java.util.UUID;

/**
 * At closure the secretariat's coordinators decided what becomes of a project still running under the agreement;
 * the projects module carries it out in the same transaction.
 */
@Published(type = "agreement.running-project-decided", topic = "coop.agreements.v1")
public record RunningProjectDecided(UUID agreementId, UUID projectId, Decision decision, String reason, String decidedBy,
                                    Instant decidedAt) implements AgreementEvent {

    /**
     * Complete (what was done stands, the rest is not called), hand over (it runs on under the renewal) or cancel (its
     * open contributions and tasks are withdrawn).
     */
    @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
    public enum Decision implements Keyed {
        COMPLETE, HAND_OVER, CANCEL
    }
}
