package org.regionalcoop.projects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies one joint project; also the business key of its process instance. */
public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "project id");
    }

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    @JsonCreator
    public static ProjectId of(String value) {
        return new ProjectId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
