package org.regionalcoop.organizations;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The tiers of the administrative hierarchy, from the top down. */
public enum Level {
    CENTRAL, PROVINCIAL, MUNICIPAL, COUNTY;

    boolean isBelow(Level other) {
        return ordinal() > other.ordinal();
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
