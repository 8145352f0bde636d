package org.regionalcoop.agreements;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Who chairs a governing body and hosts its meetings, and how that passes on.
 *
 * @param order the members in the order they chair; empty means the body's members in their listed order
 */
@Schema(description = "Who chairs or hosts a body: fixed, rotating yearly or rotating per meeting, in the order given")
public record BodyChair(
        @Schema(requiredMode = REQUIRED, description = "how the chair passes on: fixed (the first of the order "
                + "throughout), yearly (to the next every year from the first meeting) or per-meeting")
        ChairRotation rotation,
        @ArraySchema(uniqueItems = true, arraySchema = @Schema(description = "members of the body in the order they "
                + "chair and host; left out or empty for the members' listed order"))
        List<GovernmentCode> order) {

    public BodyChair {
        order = order == null ? List.of() : List.copyOf(order);
    }
}
