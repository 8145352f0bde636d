package org.regionalcoop.grants.internal;

import java.util.Locale;

/** The grant officer's decision on one requested item. */
public enum GrantDecision {
    AWARD, PARTIAL, DECLINE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GrantDecision fromKey(Object key) {
        for (GrantDecision decision : values()) {
            if (decision.key().equals(key)) {
                return decision;
            }
        }
        throw new IllegalArgumentException("grantDecision must be one of award, partial, decline, not '" + key + "'");
    }
}
