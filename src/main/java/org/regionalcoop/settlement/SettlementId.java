package org.regionalcoop.settlement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies one settlement of an agreement. */
public record SettlementId(UUID value) {

    public SettlementId {
        Objects.requireNonNull(value, "settlement id");
    }

    static SettlementId random() {
        return new SettlementId(UUID.randomUUID());
    }

    @JsonCreator
    public static SettlementId of(String value) {
        return new SettlementId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
