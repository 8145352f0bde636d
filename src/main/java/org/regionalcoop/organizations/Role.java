package org.regionalcoop.organizations;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Roles are always held at one government; together they form the engine's candidate groups. */
public enum Role {
    COORDINATOR, LEADER, FINANCE_OFFICER, REVIEWER, GRANT_OFFICER, ARBITRATOR, PLATFORM_ADMINISTRATOR;

    /** Roles only a coordination agency can hold. */
    boolean agencyOnly() {
        return this == REVIEWER || this == GRANT_OFFICER || this == ARBITRATOR;
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
