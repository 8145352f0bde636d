package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.kernel.Keyed;

import java.time.Instant;
import java.util.UUID;

/**
 * At the end of the term the secretariat's coordinators evaluated the agreement.
 *
 * @param evaluation their written evaluation: why
 */
@Published(type = "agreement.closure-decided", topic = "coop.agreements.v1")
public record ClosureDecided(UUID agreementId, Decision decision, String evaluation, String decidedBy,
                             Instant decidedAt) implements AgreementEvent {

    /** Renew the agreement (a renewal is proposed) or let it end; the models' conditions compare the keys. */
    @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
    public enum Decision implements Keyed {
        RENEW, TERMINATE
    }
}
