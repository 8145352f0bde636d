package org.regionalcoop.agreements;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.regionalcoop.organizations.GovernmentCode;

import java.math.BigDecimal;

/** A participant's share of the agreement's joint costs, in percent; all shares add up to exactly 100. */
@Schema(description = "A participant's share of the joint costs in percent; the shares of an agreement add up to exactly 100")
public record CostShare(@Schema(requiredMode = REQUIRED, description = "a participant of the agreement, at most one "
                                + "share each") GovernmentCode participant,
                        @Schema(requiredMode = REQUIRED, description = "its share in percent, an exact decimal string "
                                + "with at most four places, e.g. 40.00")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percent) {

    /** A share as written, e.g. {@code CostShare.of("SH", "40.00")}. */
    public static CostShare of(String participant, String percent) {
        return new CostShare(new GovernmentCode(participant), new BigDecimal(percent));
    }
}
