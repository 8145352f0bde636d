package org.regionalcoop.projects;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.regionalcoop.kernel.TextRules;

import org.regionalcoop.kernel.Money;

import java.time.LocalDate;

/** A milestone as registered: reached by its due date, it releases this much of the grant once verified. */
@Schema(description = "A planned milestone: reached by its due date and verified, it releases its part of the grant")
public record MilestonePlan(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.NAME) String name,
                            @Schema(requiredMode = REQUIRED) LocalDate dueDate,
                            @Schema(requiredMode = REQUIRED, description = "the grant released once the milestone is verified")
                            Money grantAmount) {
}
