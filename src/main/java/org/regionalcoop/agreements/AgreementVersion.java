package org.regionalcoop.agreements;

import io.swagger.v3.oas.annotations.media.ArraySchema;
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
        @Schema(description = "the id of the agreement it is a version of")
        AgreementId agreementId,
        @Schema(minimum = "1", description = "the version's number, 1 for the proposal, one more for each later version")
        int number,
        @Schema(description = "the content of this version, exactly as consented to and signed")
        AgreementContent content,
        @Schema(pattern = "^[0-9a-f]{64}$", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                description = "the SHA-256 of the content's JSON in 64 hex digits; a signature confirms the version by it")
        String contentHash,
        @Schema(description = "who made the version: a member of staff's user id, the event source of a participant's "
                + "system, or the platform's own name for a version it made (participants that dropped out)")
        String createdBy,
        @Schema(description = "when the version was made, UTC")
        Instant createdAt,
        @Schema(description = "why it was made, in words: a revision's reason as its author wrote it, otherwise a "
                + "short English sentence for the kind of version")
        String reason,
        @Schema(description = "why it was made, as a key pages translate: proposed, renewal, revised or dropped-out")
        VersionReason why,
        @ArraySchema(arraySchema = @Schema(description = "the values the key's sentence names: for a renewal the renewed "
                + "agreement's id; for dropped-out the round and the codes of the governments that dropped out; empty "
                + "otherwise"))
        List<String> arguments) {

    public AgreementVersion {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
