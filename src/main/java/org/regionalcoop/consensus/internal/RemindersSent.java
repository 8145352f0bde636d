package org.regionalcoop.consensus.internal;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Half the round's time has passed; the participants that have not answered are reminded. */
@Published(type = "consensus.reminders-sent", topic = "coop.agreements.v1")
public record RemindersSent(UUID agreementId, int round, List<String> reminded, Instant remindedAt)
        implements AgreementEvent {
}
