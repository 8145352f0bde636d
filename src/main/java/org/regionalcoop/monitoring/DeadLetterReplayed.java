package org.regionalcoop.monitoring;

import java.time.Instant;
import java.util.UUID;

/** An administrator sent a dead letter concerning an agreement back to its topic; written to its audit log. */
public record DeadLetterReplayed(UUID agreementId, long deadLetterId, String topic, String reason, String replayedBy,
                                 Instant replayedAt) {
}
