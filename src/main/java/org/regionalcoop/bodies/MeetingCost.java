package org.regionalcoop.bodies;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.Money;

import java.time.Instant;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A cost the host of a meeting bore for it.
 *
 * @param shared whether settlement shares it among the participants by their cost shares (the body shares its
 *               meeting costs), or the host bears it alone
 */
@Schema(description = "A cost the host of a meeting bore and recorded")
public record MeetingCost(@Schema(requiredMode = REQUIRED) UUID id,
                          @Schema(requiredMode = REQUIRED) Money amount,
                          @Schema(requiredMode = REQUIRED, example = "Conference hall and interpreters") String description,
                          @Schema(requiredMode = REQUIRED) boolean shared,
                          @Schema(requiredMode = REQUIRED) String recordedBy,
                          @Schema(requiredMode = REQUIRED) Instant recordedAt) {
}
