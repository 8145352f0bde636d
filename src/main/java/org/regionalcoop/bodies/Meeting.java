package org.regionalcoop.bodies;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * One meeting of a governing body: when it is due and who hosts it by the body's rotation, then what the host
 * recorded of it.
 *
 * @param body the key of the body in the agreement's content
 */
@Schema(description = "One meeting of a governing body: its number, host, date, venue, minutes, decisions and costs")
public record Meeting(
        @Schema(requiredMode = REQUIRED, description = "the meeting's id, for its own address and its costs") MeetingId id,
        @Schema(requiredMode = REQUIRED, description = "the agreement whose body meets") UUID agreementId,
        @Schema(requiredMode = REQUIRED, example = "council", description = "the key of the meeting body in the "
                + "agreement's content") String body,
        @Schema(requiredMode = REQUIRED, minimum = "1", description = "the body's meetings counted from 1") int number,
        @Schema(requiredMode = REQUIRED, description = "the date the body's schedule gives") LocalDate scheduledOn,
        @Schema(requiredMode = REQUIRED, description = "the member that hosts and chairs it by the body's rotation")
        GovernmentCode host,
        @Schema(requiredMode = REQUIRED, description = "scheduled (the host has yet to convene it), convened, held (minutes "
                + "recorded) or cancelled (the agreement left force first)") MeetingStatus status,
        @Schema(description = "the date the host convened it for, once convened") @Nullable LocalDate heldOn,
        @Schema(description = "where, once convened") @Nullable String venue,
        @Schema(description = "what it is to discuss, once convened") @Nullable String agenda,
        @Schema(description = "the minutes, once held") @Nullable String minutes,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "the decisions taken, once held"))
        List<String> decisions,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "the host's costs of the meeting"))
        List<MeetingCost> costs) {

    public Meeting {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        costs = costs == null ? List.of() : List.copyOf(costs);
    }

}
