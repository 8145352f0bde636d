package org.regionalcoop.organizations;

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
        GovernmentCode code,
        String name,
        String nameZh,
        Level level,
        GovernmentKind kind,
        // Left out when empty: the capital has no parent, an agency or the centre no plate.
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<GovernmentCode> parent,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Plate> plate,
        Set<Role> roles) {

    public Government {
        // An EnumSet keeps the roles in their declared order, in JSON as everywhere else.
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** The name in the language of the locale: Chinese for Chinese, English otherwise. */
    public String nameIn(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : name;
    }

    public List<RoleAssignment> roleAssignments() {
        return roles.stream().sorted().map(role -> new RoleAssignment(code, role)).toList();
    }
}
