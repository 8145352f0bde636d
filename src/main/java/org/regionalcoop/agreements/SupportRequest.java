package org.regionalcoop.agreements;

import jakarta.annotation.Nullable;
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
public record SupportRequest(@Schema(requiredMode = REQUIRED, description = "the kind of support, each granted by a "
                                     + "programme of the approving agency; fiscal-transfer, tax-preference and "
                                     + "infrastructure-investment are money, pilot-zone-status and land-quota are not")
                             SupportType type,
                             @Schema(description = "yuan asked for, positive; required for the monetary types, left out "
                                     + "for pilot-zone-status and land-quota") @Nullable Money amount,
                             @Schema(maxLength = TextRules.LONGEST, description = "what the support is for, in the "
                                     + "initiator's words; optional") @Nullable String description) {
}
