package org.regionalcoop.settlement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.time.LocalDate;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A participant's report of the shared benefit it received for a period (e.g. the tax base of the joint projects),
 * which the first settlement whose period ends after it divides by the agreement's benefit shares, else its cost
 * shares. Recorded by its own staff or sent by its finance system.
 *
 * @param original what was received, when in another currency than the agreement's, with the agreed rate and its day
 *                 ({@code amount} is its conversion); null otherwise
 */
@Schema(description = "A participant's report of the shared benefit it received for a period, e.g. a tax base; "
        + "settlement divides what the participants report by the agreement's benefit shares (its cost shares when it "
        + "has none)")
public record BenefitReport(@Schema(requiredMode = REQUIRED, description = "the reporting participant")
                            GovernmentCode participant,
                            @Schema(requiredMode = REQUIRED, description = "what the benefit counts for, in the "
                                    + "agreement's settlement currency; at least zero") Money amount,
                            @JsonInclude(JsonInclude.Include.NON_NULL) OriginalAmount original,
                            @Schema(requiredMode = REQUIRED, description = "the first day of the period it covers")
                            LocalDate periodStart,
                            @Schema(requiredMode = REQUIRED, description = "the period's last day") LocalDate periodEnd,
                            @Schema(description = "what the benefit is, e.g. the enterprise income tax of the park")
                            @Nullable String description,
                            @Schema(requiredMode = REQUIRED, description = "the member of staff who recorded it, or the "
                                    + "event source of the finance system that sent it") String reportedBy,
                            @Schema(requiredMode = REQUIRED, description = "when it was recorded, UTC") Instant reportedAt) {
}
