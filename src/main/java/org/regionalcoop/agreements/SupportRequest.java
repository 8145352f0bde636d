package org.regionalcoop.agreements;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.regionalcoop.kernel.TextRules;

import org.regionalcoop.kernel.Money;

/**
 * Support the agreement asks a superior for.
 *
 * @param amount for monetary support types only
 */
@Schema(description = "Support the agreement asks a superior for: a fiscal transfer with its amount, or a status or quota")
public record SupportRequest(@Schema(requiredMode = REQUIRED) SupportType type,
                             @Schema(description = "positive, for monetary support types only") Money amount,
                             @Schema(maxLength = TextRules.LONGEST) String description) {
}
