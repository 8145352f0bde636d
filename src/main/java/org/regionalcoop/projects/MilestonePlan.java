package org.regionalcoop.projects;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.regionalcoop.kernel.TextRules;

import org.regionalcoop.kernel.Money;

import java.time.LocalDate;

/** A milestone as registered: reached by its due date, it releases this much of the grant once verified. */
@Schema(description = "A planned milestone: reached by its due date and verified, it releases its part of the grant")
public record MilestonePlan(@Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TextRules.NAME,
                                    description = "what is to be reached, e.g. a section opened") String name,
                            @Schema(requiredMode = REQUIRED, description = "the date it is to be reached by, within the "
                                    + "agreement's term") LocalDate dueDate,
                            @Schema(requiredMode = REQUIRED, description = "yuan of the grant released once the milestone is "
                                    + "verified; the milestones' amounts add up to the grant part")
                            Money grantAmount) {
}
