package org.regionalcoop.tasks;

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
public record AgreementContext(String agreementId, int version, String contentHash, List<Change> changes,
                               Integer round, Map<String, String> answers) {

    /** One field of the content that differs, named by its JSON path, e.g. {@code term.end}. */
    @Schema(description = "A field of the content that the current version changed: its value before and after")
    public record Change(String field, JsonNode before, JsonNode after) {
    }
}
