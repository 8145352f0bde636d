package org.regionalcoop.organizations;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** China's four regional plates; grant shares depend on them, so the central government has none. */
public enum Plate {
    EAST, NORTHEAST, CENTRAL, WEST;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
