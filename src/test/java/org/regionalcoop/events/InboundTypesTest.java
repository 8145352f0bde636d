package org.regionalcoop.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every inbound event in the code has a handler in the running platform, and its example binds to its
 * record with the application's ObjectMapper, as the listener binds what participants send.
 */
@PlatformTest
class InboundTypesTest {

    @Autowired
    InboundTypes types;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    PrometheusMeterRegistry prometheus;

    @Test
    void everyInboundEventIsHandledAndItsExampleBindsToItsRecord() throws Exception {
        List<Class<?>> inbound = Contracts.inboundEvents();
        assertThat(types.cloudEventTypes()).containsExactlyInAnyOrderElementsOf(inbound.stream()
                .map(event -> InboundTypes.cloudEventType(event.getAnnotation(Inbound.class))).toList());
        for (Class<?> event : inbound) {
            Object fromExample = objectMapper.readerFor(event)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(Contracts.example(event).toFile());
            assertThat(((InboundEvent) fromExample).participant()).as("participant of %s", event.getName()).isNotBlank();
        }
        assertThat(types.topics()).containsExactly(inbound.stream().map(event -> event.getAnnotation(Inbound.class).topic())
                .distinct().sorted().toArray(String[]::new));
    }

    @Test
    void inboundCountersAreScrapedFromTheStart() {
        assertThat(prometheus.scrape()).contains(
                "platform_inbound_applied_total{application=\"regional-cooperation-platform\",type=\"org.regionalcoop.consensus.vote-cast.v1\"}",
                "platform_inbound_duplicates_total{application=\"regional-cooperation-platform\",type=\"org.regionalcoop.consensus.vote-cast.v1\"}",
                "platform_inbound_dead_letters_total{application=\"regional-cooperation-platform\",reason=\"unauthorized\"}");
    }
}
