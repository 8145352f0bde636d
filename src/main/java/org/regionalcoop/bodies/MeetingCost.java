package org.regionalcoop.bodies;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;

import java.time.Instant;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A cost the host of a meeting bore for it.
 *
 * @param original what the host paid, when it paid in another currency than the agreement's, with the agreed rate;
 *                 null otherwise
 * @param shared whether settlement shares it among the participants by their cost shares (the body shares its
 *               meeting costs), or the host bears it alone
 */
@Schema(description = "A cost the host of a meeting bore and recorded")
public record MeetingCost(@Schema(requiredMode = REQUIRED, description = "the cost's id") UUID id,
                          @Schema(requiredMode = REQUIRED, description = "what the cost counts for, in the "
                                  + "agreement's settlement currency") Money amount,
                          @JsonInclude(JsonInclude.Include.NON_NULL) OriginalAmount original,
                          @Schema(requiredMode = REQUIRED, example = "Conference hall and interpreters",
                                  description = "what the money was spent on") String description,
                          @Schema(requiredMode = REQUIRED, description = "true when settlement shares it among the "
                                  + "participants by their cost shares (the body shares its meeting costs); false when "
                                  + "the host bears it alone") boolean shared,
                          @Schema(requiredMode = REQUIRED, description = "the user id of the host's coordinator or "
                                  + "finance officer who recorded it") String recordedBy,
                          @Schema(requiredMode = REQUIRED, description = "when it was recorded, UTC") Instant recordedAt) {
}
