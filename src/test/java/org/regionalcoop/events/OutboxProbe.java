package org.regionalcoop.events;

import java.util.UUID;

/** A test-only published event; its contract is under src/test/resources/kafka/. */
@Published(type = "outbox.probe", topic = "coop.agreements.v1")
record OutboxProbe(UUID agreementId, String note) implements AgreementEvent {
}
