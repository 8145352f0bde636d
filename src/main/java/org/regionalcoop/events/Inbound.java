package org.regionalcoop.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the data record of an event that participants' systems send to the platform: the CloudEvents
 * type {@code org.regionalcoop.<type>.v<version>} on an inbound topic, whose data must validate against
 * {@code kafka/schemas/<type>.v<version>.json}. An {@link InboundHandler} applies it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Inbound {

    /** The event type without prefix and version, e.g. {@code consensus.vote-cast}. */
    String type();

    /** The schema version; a change that is not purely additive needs a new version. */
    int version() default 1;

    /** The inbound topic from {@code kafka/topics.yaml}, e.g. {@code coop.participant-replies.v1}. */
    String topic();
}
