package org.regionalcoop.bodies.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The rhythm of the governing bodies' meetings, from configuration (ISO-8601 durations); the meeting dates
 * themselves are the agreement's.
 *
 * @param conveneAhead   how long before a meeting's date its host is asked to convene it
 * @param reminderAfter  how long a host's convening or minutes task stays open before the host is reminded
 * @param minutesDue     due date of the minutes, after the meeting's date
 */
@ConfigurationProperties("platform.bodies")
record BodySettings(@DefaultValue("P30D") Duration conveneAhead,
                    @DefaultValue("P14D") Duration reminderAfter,
                    @DefaultValue("P14D") Duration minutesDue) {
}
