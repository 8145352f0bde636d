package org.regionalcoop.settlement;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.regionalcoop.kernel.TextRules;

import java.time.LocalDate;

/**
 * Agreed counterpart support: the supporter pays the recipient this much for the period; it is settled
 * in the first settlement whose period end falls after the period.
 *
 * @param amount yuan as a decimal string, more than zero, at most two decimals
 */
@Schema(description = "Support one participant agreed to give another for a period; settled in the first settlement whose period ends after it")
public record CounterpartSupport(@Schema(requiredMode = REQUIRED, description = "the participant that pays") String supporter,
                                 @Schema(requiredMode = REQUIRED, description = "the other participant") String recipient,
                                 @Schema(requiredMode = REQUIRED, pattern = "^[0-9]{1,16}(\\.[0-9]{1,2})?$", example = "5000000.00") String amount,
                                 @Schema(requiredMode = REQUIRED) LocalDate periodStart,
                                 @Schema(requiredMode = REQUIRED, description = "not before the start") LocalDate periodEnd,
                                 @Schema(maxLength = TextRules.DESCRIPTION) String description) {
}
