package org.regionalcoop.tasks;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * What a decision on a task needs to know about its agreement.
 *
 * @param version     the agreement's current version
 * @param contentHash that version's content hash, which a signature confirms
 * @param changes     what the current version changed from the previous one; empty for the first
 * @param round       the latest consensus round, if one was opened
 * @param answers     the other participants' answers in that round so far ({@code consent}, {@code decline},
 *                    {@code amend}; {@code null} while silent); the caller's own government is left out
 */
@Schema(description = "What a decision on the task needs to know about its agreement: the current version, what it changed, the other participants' answers")
public record AgreementContext(@Schema(description = "the agreement's id") String agreementId,
                               @Schema(description = "the number of the agreement's current version") int version,
                               @Schema(description = "that version's content hash (SHA-256, hex), which a signature "
                                       + "confirms") String contentHash,
                               @ArraySchema(arraySchema = @Schema(description = "what the current version changed from "
                                       + "the previous one; empty for the first")) List<Change> changes,
                               @Schema(description = "the number of the latest consensus round; null if none was opened")
                               @Nullable Integer round,
                               @Schema(description = "the other participants' answers in that round so far, by "
                                       + "government code: consent, decline or amend, null while silent; the caller's "
                                       + "own government is left out") Map<String, String> answers) {

    /** One field of the content that differs, named by its JSON path, e.g. {@code term.end}. */
    @Schema(description = "A field of the content that the current version changed: its value before and after")
    public record Change(@Schema(example = "term.end", description = "the changed field's JSON path in the content")
                         String field,
                         @Schema(description = "its value in the previous version; null when it was not there")
                         JsonNode before,
                         @Schema(description = "its value in the current version; null when it was removed")
                         JsonNode after) {
    }
}
