package org.regionalcoop.organizations;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A government or coordination agency as the registry knows it.
 *
 * @param nameZh the name in Chinese
 * @param parent the next government up the vertical chain; empty only for the central government
 * @param plate  the regional plate; empty only at the central level
 */
@Schema(description = "A government or coordination agency as the registry knows it: level, plate, the government above it, its roles")
public record Government(
        @Schema(description = "the registry's code, used wherever a government or agency is named") GovernmentCode code,
        @Schema(example = "Shanghai", description = "the name in English") String name,
        @Schema(example = "上海市", description = "the name in Chinese") String nameZh,
        @Schema(description = "the tier of the administrative hierarchy: central, provincial, municipal or county")
        Level level,
        @Schema(description = "government (takes part in agreements) or coordination-agency (reviews, funds and "
                + "arbitrates them for the government it is attached to; never anyone's superior)") GovernmentKind kind,
        // Left out when empty: the capital has no parent, an agency or the centre no plate.
        @Schema(description = "the next government up the vertical chain; left out only for the central government")
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<GovernmentCode> parent,
        @Schema(description = "the regional plate (east, northeast, central, west), which sets grant shares; left out "
                + "at the central level and for agencies")
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Plate> plate,
        @ArraySchema(uniqueItems = true, arraySchema = @Schema(description = "the roles its staff hold, each a candidate "
                + "group <code>.<role> of the engine"))
        Set<Role> roles,
        @Schema(description = "its population and GDP as the registry states them, with their year and source; left "
                + "out when the registry states none")
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<RegionalIndicators> indicators) {

    public Government {
        indicators = indicators == null ? Optional.empty() : indicators;
        // An EnumSet keeps the roles in their declared order, in JSON as everywhere else.
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** A government for which the registry states no figures. */
    public Government(GovernmentCode code, String name, String nameZh, Level level, GovernmentKind kind,
                      Optional<GovernmentCode> parent, Optional<Plate> plate, Set<Role> roles) {
        this(code, name, nameZh, level, kind, parent, plate, roles, Optional.empty());
    }

    /** The name in the language of the locale: Chinese for Chinese, English otherwise. */
    public String nameIn(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : name;
    }

    public List<RoleAssignment> roleAssignments() {
        return roles.stream().sorted().map(role -> new RoleAssignment(code, role)).toList();
    }
}
