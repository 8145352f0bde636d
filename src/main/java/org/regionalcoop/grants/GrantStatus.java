package org.regionalcoop.grants;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Where a requested support item stands. */
public enum GrantStatus {
    PENDING, AWARDED, PARTLY_AWARDED, DECLINED, REVOKED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static GrantStatus fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
