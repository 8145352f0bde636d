package org.regionalcoop.agreements;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.AgreementId;

import java.time.Instant;
import java.util.List;

/**
 * One immutable revision of an agreement, who made it and why: {@code reason} in words (a revision's as its
 * author wrote them), {@code why} and its {@code arguments} for pages to say it in the reader's language.
 */
@Schema(description = "One immutable version of an agreement's content, with its hash (what was consented to and signed), who made it and why")
public record AgreementVersion(
        AgreementId agreementId,
        int number,
        AgreementContent content,
        String contentHash,
        String createdBy,
        Instant createdAt,
        String reason,
        VersionReason why,
        List<String> arguments) {

    public AgreementVersion {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
