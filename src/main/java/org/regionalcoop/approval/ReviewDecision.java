package org.regionalcoop.approval;

import java.util.Locale;

/** A reviewer's decision on a signed agreement. */
public enum ReviewDecision {
    APPROVE, REJECT, REVISE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewDecision fromKey(Object key) {
        for (ReviewDecision decision : values()) {
            if (decision.key().equals(key)) {
                return decision;
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not a review decision; expected approve, reject or revise");
    }
}
