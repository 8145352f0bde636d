package org.regionalcoop.events;

import java.util.Locale;

/** Why an inbound record went to the dead letters; the {@link #code()} is the {@code dlt_reason} header. */
enum DeadLetterReason {
    /** Larger than the platform accepts; not even read, so a flood of huge records cannot exhaust memory. */
    OVERSIZED,
    /** Not a CloudEvent in Kafka binary mode, or its data is not JSON. */
    UNREADABLE,
    /** A required CloudEvents attribute is missing or malformed, the content type is not JSON, or there is no data. */
    INVALID_ENVELOPE,
    /** No inbound type of the platform has this CloudEvents type. */
    UNKNOWN_TYPE,
    /** The data does not validate against the type's JSON schema. */
    SCHEMA_INVALID,
    /** The source may not speak for the participant named in the data. */
    UNAUTHORIZED,
    /** Valid and authorized, but it refers to nothing that exists, e.g. a ballot never opened. */
    UNAPPLIABLE,
    /**
     * It breaks the platform's rules, e.g. cost shares not adding up to 100 %, or carries text the platform
     * cannot store (U+0000, other control characters, unpaired surrogates) or longer than its schema allows.
     */
    INVALID_CONTENT,
    /** Applying it failed for an unexpected reason, also on every retry. */
    FAILED;

    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
