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
public record Escalation(AgreementId agreementId, String kind, String subject, String detail, Instant raisedAt) {
}
