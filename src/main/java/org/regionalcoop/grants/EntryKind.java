package org.regionalcoop.grants;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The movements of a programme's money. A reservation holds the central share while the grant officer
 * decides; the award commits (part of) it and the release returns the rest; disbursement pays awarded
 * money out, and a reclaim takes paid money back into the programme.
 */
public enum EntryKind {
    RESERVE, AWARD, RELEASE, DISBURSE, RECLAIM;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryKind fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
