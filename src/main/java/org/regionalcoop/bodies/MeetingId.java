package org.regionalcoop.bodies;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies one meeting of a governing body. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "meeting id");
    }

    static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    @JsonCreator
    public static MeetingId of(String value) {
        return new MeetingId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
