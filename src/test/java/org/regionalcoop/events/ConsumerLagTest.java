package org.regionalcoop.events;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A broker that does not answer costs a caller the configured timeout at most, never a hang. */
class ConsumerLagTest {

    @Test
    void anUnansweringBrokerGivesThePreviousFiguresAndWhy() throws IOException {
        // A socket that accepts connections and never speaks: a hung broker, not a refused one.
        try (ServerSocket silent = new ServerSocket(0);
             ConsumerLag lag = new ConsumerLag(Admin.create(Map.of(
                     AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + silent.getLocalPort(),
                     AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 300, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 300)),
                     "regional-cooperation-platform", new String[] {"coop.participant-replies.v1"},
                     new EventsProperties.InboundSettings.Lag(Duration.ofSeconds(10), Duration.ofMillis(300)),
                     Clock.systemUTC())) {

            ConsumerLag.Figures first = lag.now();
            ConsumerLag.Figures second = lag.now();

            assertThat(first.measuredAt()).isNull();
            assertThat(first.byTopic()).isEmpty();
            assertThat(second.measuredAt()).isNull();
            assertThat(lag.topics()).containsExactly("coop.participant-replies.v1");
        }
    }

    @Test
    void caughtUpOnlyWhenMeasuredAndNothingWaits() {
        assertThat(new ConsumerLag.Figures(Map.of(), null, null).caughtUp()).as("not measured yet").isFalse();
        assertThat(new ConsumerLag.Figures(Map.of("coop.participant-replies.v1", 0L, "coop.finance-reports.v1", 0L),
                Instant.EPOCH, null).caughtUp()).isTrue();
        assertThat(new ConsumerLag.Figures(Map.of("coop.participant-replies.v1", 0L, "coop.finance-reports.v1", 3L),
                Instant.EPOCH, null).caughtUp()).isFalse();
    }
}
