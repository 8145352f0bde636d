package org.regionalcoop.monitoring;

import java.time.Instant;
import java.util.UUID;

/** An administrator gave a failed step of an agreement's process one more attempt; written to its audit log. */
public record IncidentRetried(UUID agreementId, String incidentId, String processDefinitionKey, String failingStep,
                              String error, String retriedBy, Instant retriedAt) {
}
