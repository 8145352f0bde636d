package org.regionalcoop.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A step of a process that failed and stopped: where, why, and for which agreement.
 *
 * @param failingStep the BPMN element that failed, e.g. {@code service_route_approval}
 * @param agreementId the first part of the process's business key: the agreement's id for every platform process
 */
@Schema(description = "A step of a process that failed every retry and stopped: where, why, and for which agreement")
public record Incident(String id, String processDefinitionKey, String failingStep, String error, String agreementId,
                       Instant since) {
}
