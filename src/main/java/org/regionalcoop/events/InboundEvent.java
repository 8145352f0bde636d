package org.regionalcoop.events;

/**
 * The data of an event a participant's system sends. A system may only speak for its own government:
 * the event's CloudEvents {@code source} must be {@code urn:gov:<participant in lower case>}, optionally
 * followed by {@code :<office>}.
 */
public interface InboundEvent {

    /** The government code the event speaks for, e.g. {@code JS}. */
    String participant();
}
