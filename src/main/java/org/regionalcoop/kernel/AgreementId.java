package org.regionalcoop.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies an agreement across all its versions; also the process business key and the Kafka key. */
public record AgreementId(UUID value) {

    /** The {@code agreementId} every process of an agreement carries; the models' expressions and the task list read it. */
    public static final ProcessVariable<AgreementId> VARIABLE = ProcessVariable.idVariable("agreementId", AgreementId::of);

    public AgreementId {
        Objects.requireNonNull(value, "agreement id");
    }

    public static AgreementId random() {
        return new AgreementId(UUID.randomUUID());
    }

    @JsonCreator
    public static AgreementId of(String value) {
        return new AgreementId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
