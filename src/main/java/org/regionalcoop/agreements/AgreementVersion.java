package org.regionalcoop.agreements;

import org.regionalcoop.kernel.AgreementId;

import java.time.Instant;

/** One immutable revision of an agreement and who made it. */
public record AgreementVersion(
        AgreementId agreementId,
        int number,
        AgreementContent content,
        String contentHash,
        String createdBy,
        Instant createdAt,
        String reason) {
}
