package org.regionalcoop.agreements;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;

/** The agreement's term, inclusive of both dates; closure starts when it ends. */
@Schema(description = "The agreement's term, both dates included; closure starts when it ends")
public record Term(@Schema(requiredMode = REQUIRED, example = "2027-01-01") LocalDate start,
                   @Schema(requiredMode = REQUIRED, description = "after the start", example = "2031-12-31") LocalDate end) {
}
