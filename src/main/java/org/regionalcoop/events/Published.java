package org.regionalcoop.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a domain event record as a fact published to downstream systems. A module publishes it with
 * Spring's {@code ApplicationEventPublisher} inside the transaction that makes the change; the events
 * module writes it to the outbox in that same transaction and relays it to Kafka after commit, as a
 * CloudEvent of type {@code org.regionalcoop.<type>.v<version>} with the JSON schema
 * {@code kafka/schemas/<type>.v<version>.json}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Published {

    /** The event type without prefix and version, e.g. {@code agreement.proposed}. */
    String type();

    /** The schema version; a change that is not purely additive needs a new version. */
    int version() default 1;

    /** The topic from {@code kafka/topics.yaml}, e.g. {@code coop.agreements.v1}. */
    String topic();
}
