package org.regionalcoop.tasks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A note on a task by a member of staff, kept by the engine with the task's history. */
@Schema(description = "A comment a member of staff left on a task: who wrote it, when, and what")
public record TaskComment(@Schema(description = "the comment's id") String id,
                          @Schema(description = "the user id of the member of staff who wrote it") String author,
                          @Schema(description = "when it was written, UTC") Instant time,
                          @Schema(description = "the comment's text, as written") String message) {
}
