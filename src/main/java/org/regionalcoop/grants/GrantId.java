package org.regionalcoop.grants;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.regionalcoop.kernel.ProcessVariable;

import java.util.Objects;
import java.util.UUID;

/** Identifies one requested support item of an agreement and the grant decided on it. */
public record GrantId(UUID value) {

    /** The item a grant process's sub-process instance, and the grant officer's task in it, decides. */
    public static final ProcessVariable<GrantId> VARIABLE = ProcessVariable.idVariable("grantId", GrantId::of);

    public GrantId {
        Objects.requireNonNull(value, "grant id");
    }

    public static GrantId random() {
        return new GrantId(UUID.randomUUID());
    }

    @JsonCreator
    public static GrantId of(String value) {
        return new GrantId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
