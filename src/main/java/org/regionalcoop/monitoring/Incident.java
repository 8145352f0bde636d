package org.regionalcoop.monitoring;

import java.time.Instant;

/**
 * A step of a process that failed and stopped: where, why, and for which agreement.
 *
 * @param failingStep the BPMN element that failed, e.g. {@code service_route_approval}
 */
record Incident(String id, String processDefinitionKey, String failingStep, String error, String agreementId,
                Instant since) {
}
