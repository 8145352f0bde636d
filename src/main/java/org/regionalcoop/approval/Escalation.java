package org.regionalcoop.approval;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.AgreementId;

import java.time.Instant;

/**
 * A breached service level that administrators must see until it is resolved.
 *
 * @param subject who was late, e.g. the reviewing group {@code HN-PCA.reviewer}
 */
@Schema(description = "A breached service level, e.g. a review not decided in time, that administrators see until it is resolved")
public record Escalation(@Schema(description = "the agreement whose approval is late") AgreementId agreementId,
                         @Schema(example = "review-sla", description = "what was breached; review-sla: a review not "
                                 + "decided by its due date") String kind,
                         @Schema(example = "HN-PCA.reviewer", description = "who was late, e.g. the reviewing group")
                         String subject,
                         @Schema(description = "what happened, in English, e.g. when the review was due") String detail,
                         @Schema(description = "when it was raised, UTC") Instant raisedAt) {
}
