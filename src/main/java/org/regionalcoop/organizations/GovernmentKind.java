package org.regionalcoop.organizations;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A government takes part in agreements; a coordination agency reviews, funds and arbitrates them for
 * the government it is attached to and is never anyone's superior.
 */
public enum GovernmentKind {
    GOVERNMENT(EnumSet.of(Role.COORDINATOR, Role.LEADER, Role.FINANCE_OFFICER)),
    COORDINATION_AGENCY(EnumSet.of(Role.COORDINATOR, Role.LEADER, Role.FINANCE_OFFICER,
            Role.REVIEWER, Role.GRANT_OFFICER, Role.ARBITRATOR));

    private final Set<Role> defaultRoles;

    GovernmentKind(Set<Role> defaultRoles) {
        this.defaultRoles = defaultRoles;
    }

    Set<Role> defaultRoles() {
        return EnumSet.copyOf(defaultRoles);
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
