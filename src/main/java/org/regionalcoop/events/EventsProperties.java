package org.regionalcoop.events;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How this instance announces events.
 *
 * @param source the CloudEvents {@code source} of every event this platform instance publishes
 * @param relay   how the outbox relay publishes committed events to Kafka
 * @param inbound   how participants' events are taken in
 * @param retention how long taken-in and published events are kept
 */
@ConfigurationProperties("platform.events")
record EventsProperties(@DefaultValue("urn:regionalcoop:platform") URI source, @DefaultValue Relay relay,
                        @DefaultValue InboundSettings inbound, @DefaultValue Retention retention) {

    /**
     * @param inbox     how long an inbound event's {@code (source, id)} is kept to deduplicate it; must exceed every
     *                  inbound topic's retention (P30D), so a replay from the earliest offset still finds every
     *                  one, or the platform refuses to start
     * @param outbox    how long a published event stays in the outbox after the broker acknowledged it;
     *                  unpublished ones are never deleted
     * @param interval  how often the retention clean-up runs
     * @param batchSize rows the clean-up deletes per transaction, so it never holds many locks or a long
     *                  transaction
     */
    record Retention(@DefaultValue("P45D") Duration inbox, @DefaultValue("P7D") Duration outbox,
                     @DefaultValue("PT1H") Duration interval, @DefaultValue("1000") int batchSize) {
    }

    /**
     * @param pollInterval how often the outbox relay looks for pending events when no commit woke it
     * @param maxBackoff   the longest pause between relay attempts while the broker or database fails
     * @param batchSize    events read and sent per relay attempt
     * @param sendTimeout  how long one relay attempt waits for the broker before it counts as failed
     * @param linger       how long the relay waits after a commit woke it, so the events of the commits that
     *                     follow go out in the same attempt (one transaction) rather than one attempt each
     */
    record Relay(@DefaultValue("PT1S") Duration pollInterval, @DefaultValue("PT1M") Duration maxBackoff,
                 @DefaultValue("500") int batchSize, @DefaultValue("PT30S") Duration sendTimeout,
                 @DefaultValue("PT0.02S") Duration linger) {
    }

    /**
     * @param groupId       the Kafka consumer group of the platform's instances on the inbound topics
     * @param retryInterval the first pause before a record that failed is tried again; doubles while the
     *                      database or broker stays unavailable
     * @param maxBackoff    the longest pause between retries while the database is down; keep it well below the
     *                      consumer's {@code max.poll.interval.ms} (5 minutes)
     * @param retries       retries of a record that fails for an unexpected reason before it is dead-lettered
     * @param maxRecordSize the largest inbound record (key, value and headers) taken in; larger ones are
     *                      dead-lettered as {@code oversized} without being read (no answer or report needs more)
     * @param lag           how the group's lag behind the inbound topics is measured for monitoring
     */
    record InboundSettings(@DefaultValue("regional-cooperation-platform") String groupId,
                           @DefaultValue("PT1S") Duration retryInterval, @DefaultValue("PT1M") Duration maxBackoff,
                           @DefaultValue("3") int retries, @DefaultValue("64KB") DataSize maxRecordSize,
                           @DefaultValue Lag lag) {

        /**
         * @param freshFor consumer-lag figures younger than this are served as they are, without asking the broker
         *                 again
         * @param timeout  the longest a caller of the consumer lag waits for the broker; it then gets the previous
         *                 figures
         */
        record Lag(@DefaultValue("PT10S") Duration freshFor, @DefaultValue("PT2S") Duration timeout) {
        }
    }
}
