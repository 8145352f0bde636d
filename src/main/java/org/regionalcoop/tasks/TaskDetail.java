package org.regionalcoop.tasks;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A task with its agreement's context; the task's own fields stay at the top level, as in the list. */
@Schema(description = "A task with its agreement's context; the task's own fields stay at the top level, as in the task list")
public record TaskDetail(@JsonUnwrapped StaffTask task,
                         @Schema(description = "what the decision needs to know about the task's agreement") AgreementContext agreement) {
}
