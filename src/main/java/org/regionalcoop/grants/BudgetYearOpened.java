package org.regionalcoop.grants;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;
import org.regionalcoop.kernel.Money;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * An agency's administrator opened a budget year of a grant programme (the first year opens the programme). It
 * concerns no agreement: it is keyed by the programme, a name-based id of agency and support type, so every year of
 * one programme is published in order on one partition with its own gap-free sequence.
 *
 * @param budget empty for support that is granted rather than paid (pilot-zone status, land quota)
 */
@Published(type = "grant.budget-year-opened", topic = "coop.grants.v1")
public record BudgetYearOpened(UUID programmeKey, long programmeId, String agency, SupportType supportType, int year,
                               Money budget, String openedBy, Instant openedAt) implements AgreementEvent {

    /** The key every budget year of the agency's programme for this support type is published under. */
    public static UUID programmeKey(String agency, SupportType supportType) {
        return UUID.nameUUIDFromBytes(("grant-programme:" + agency + ":" + supportType.key()).getBytes(StandardCharsets.UTF_8));
    }

    /** The outbox keys and sequences events by this id; here it is the programme's, not an agreement's. */
    @JsonIgnore
    @Override
    public UUID agreementId() {
        return programmeKey;
    }
}
