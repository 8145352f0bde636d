package org.regionalcoop.grants;

import java.util.Locale;

/** The grant officer's decision on one requested item. */
enum GrantDecision {
    AWARD, PARTIAL, DECLINE;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static GrantDecision fromKey(Object key) {
        for (GrantDecision decision : values()) {
            if (decision.key().equals(key)) {
                return decision;
            }
        }
        throw new IllegalArgumentException("grantDecision must be one of award, partial, decline, not '" + key + "'");
    }
}
