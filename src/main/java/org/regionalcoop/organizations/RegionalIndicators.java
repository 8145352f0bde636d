package org.regionalcoop.organizations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A government's own figures as the registry states them, with the year they describe and where they come from; an
 * agreement may share its benefits by them. Either figure may be missing, never both.
 *
 * @param population residents, null when the registry states none
 * @param gdp        gross domestic product in billion yuan (the registry's one unit, so that governments of different
 *                   countries compare), null when the registry states none
 */
@Schema(description = "The government's own figures as the registry states them, with their year and source; an "
        + "agreement may share its benefits by population or GDP")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionalIndicators(
        @Schema(example = "24870895", description = "residents; left out when the registry states none") Long population,
        @Schema(example = "3870.06", description = "gross domestic product in billion yuan; left out when the registry "
                + "states none") BigDecimal gdp,
        @Schema(requiredMode = REQUIRED, example = "2020", description = "the year the figures describe") int year,
        @Schema(requiredMode = REQUIRED, example = "Seventh national population census",
                description = "where the figures come from") String source) {
}
