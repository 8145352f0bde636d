package org.regionalcoop.monitoring;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A step of a process that failed and stopped: where, why, and for which agreement.
 *
 * @param failingStep the BPMN element that failed, e.g. {@code service_route_approval}
 * @param agreementId the first part of the process's business key: the agreement's id for every platform process
 */
@Schema(description = "A step of a process that failed every retry and stopped: where, why, and for which agreement")
public record Incident(@Schema(description = "the incident's id, to retry its job") String id,
                       @Schema(example = "agreement_approval", description = "the process whose step failed")
                       String processDefinitionKey,
                       @Schema(example = "service_route_approval", description = "the BPMN element that failed")
                       String failingStep,
                       @Schema(description = "the failure's message as the engine recorded it; null when the failure had none")
                       @Nullable String error,
                       @Schema(description = "the id of the agreement the process serves (the first part of its business "
                               + "key)") @Nullable String agreementId,
                       @Schema(description = "when the job failed its last retry, UTC") Instant since) {
}
