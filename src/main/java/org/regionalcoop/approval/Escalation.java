package org.regionalcoop.approval;

import org.regionalcoop.kernel.AgreementId;

import java.time.Instant;

/**
 * A breached service level that administrators must see until it is resolved.
 *
 * @param subject who was late, e.g. the reviewing group {@code HN-PCA.reviewer}
 */
public record Escalation(AgreementId agreementId, String kind, String subject, String detail, Instant raisedAt) {
}
