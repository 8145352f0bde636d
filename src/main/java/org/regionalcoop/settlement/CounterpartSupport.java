package org.regionalcoop.settlement;

import jakarta.annotation.Nullable;
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
public record CounterpartSupport(@Schema(requiredMode = REQUIRED, pattern = GOVERNMENT_CODE, maxLength = 16, example = "SH",
                                         description = "the participant that gives the support and pays, by "
                                                 + "government code") String supporter,
                                 @Schema(requiredMode = REQUIRED, pattern = GOVERNMENT_CODE, maxLength = 16, example = "JS",
                                         description = "the participant that receives it, not the supporter") String recipient,
                                 @Schema(requiredMode = REQUIRED, pattern = "^[0-9]{1,16}(\\.[0-9]{1,2})?$", maxLength = 19,
                                         example = "5000000.00",
                                         description = "yuan the supporter pays for the period, more than zero, an "
                                                 + "exact decimal string with at most two places") String amount,
                                 @Schema(requiredMode = REQUIRED, description = "the first day of the period the support "
                                         + "covers") LocalDate periodStart,
                                 @Schema(requiredMode = REQUIRED, description = "the period's last day, not before the "
                                         + "start") LocalDate periodEnd,
                                 @Schema(maxLength = TextRules.DESCRIPTION, description = "what the support is, e.g. "
                                         + "teachers seconded; optional") @Nullable String description) {

    private static final String GOVERNMENT_CODE = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$";
}
