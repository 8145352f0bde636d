package org.regionalcoop.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.regionalcoop.PlatformTest.PATIENCE;

/** Consumer lag of the platform's own inbound group and throughput per window, on the real broker and database. */
@PlatformTest
class ConsumerLagAndThroughputTest {

    private static final String FINANCE_REPORTS = "coop.finance-reports.v1";
    private static final String REPLIES = "coop.participant-replies.v1";

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    TaskService tasks;

    private TestRestTemplate admin() {
        return anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD);
    }

    /**
     * The platform's own consumer stops taking records in while participants' systems answer their ballots:
     * the answers wait on the topic, not committed by the platform's group, and that is its lag. Once the
     * consumer resumes they are applied.
     */
    @Test
    void answersWaitingForThePlatformsConsumerAreItsLag() throws Exception {
        List<String> answering = List.of("JS", "ZJ", "AH");
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS", "ZJ", "AH");
        MessageListenerContainer inbound = listeners.getListenerContainer("platform-inbound");
        assertThat(inbound).isNotNull();
        long before;
        inbound.pause();
        try {
            await().atMost(PATIENCE).until(inbound::isContainerPaused);
            before = lagMeasuredAfter(Instant.now());
            for (String participant : answering) {
                answerAsSystemOf(participant, agreement, "consent");
            }

            assertThat(lagMeasuredAfter(Instant.now())).isEqualTo(before + answering.size());
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .until(() -> gauge("platform_inbound_consumer_lag", "topic=\"" + REPLIES + "\"") == before + answering.size());
            assertThat(driver.openTasks(agreement, "user_cast_vote")).as("nothing was taken in while paused").hasSize(4);
        } finally {
            inbound.resume();
        }

        await().atMost(PATIENCE).until(() -> driver.openTasks(agreement, "user_cast_vote").size() == 1);
        assertThat(driver.openTasks(agreement, "user_cast_vote")).as("the waiting answers were applied")
                .extracting(task -> tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId())
                .containsExactly("SH.coordinator");
        await("the configured group committed what it applied").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> lagMeasuredAfter(Instant.now()) == 0);
        Map<String, Object> figures = admin().getForObject("/api/monitoring/consumer-lag", Map.class);
        assertThat((Map<String, Number>) figures.get("byTopic")).as("every inbound topic of the contract")
                .containsOnlyKeys(inboundTopics());
        assertThat(figures.get("problem")).isNull();
        assertThat(anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/api/monitoring/consumer-lag", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * Shanghai's coordinator consents by task and Jiangsu's system declines by event: one task completed, one
     * inbound event applied, one lifecycle ended (consensus failed) and the agreement's events published. Counted
     * against the longest window, which loses nothing while the test runs; a shorter one also drops the work of the
     * tests before as it ages out, so it may show less than before.
     */
    @Test
    void workDoneShowsInEveryWindow() throws Exception {
        Map<String, Object> before = longest(admin().getForObject("/api/monitoring/throughput", List.class));
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        driver.complete(agreement, "user_cast_vote", "SH.coordinator", Map.of("answer", "consent"));
        answerAsSystemOf("JS", agreement, "decline");

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Map<String, Object>> windows = admin().getForObject("/api/monitoring/throughput", List.class);
            Map<String, Object> after = longest(windows);
            assertThat(delta(after, before, "tasksCompleted")).isGreaterThanOrEqualTo(1);
            assertThat(delta(after, before, "inboundApplied")).isGreaterThanOrEqualTo(1);
            assertThat(delta(after, before, "lifecyclesCompleted")).isGreaterThanOrEqualTo(1);
            // proposed, round opened, vote recorded twice, round closed, status changed at least
            assertThat(delta(after, before, "eventsPublished")).isGreaterThanOrEqualTo(4);
            assertThat(windows).extracting(window -> window.get("window")).containsExactly("PT5M", "PT1H", "PT24H");
            Map<String, Object> shortest = shortest(windows);
            for (String figure : List.of("eventsPublished", "inboundApplied", "tasksCompleted", "lifecyclesCompleted")) {
                assertThat(((Number) shortest.get(figure)).longValue()).as(figure + " in the last five minutes")
                        .isPositive().isLessThanOrEqualTo(((Number) after.get(figure)).longValue());
            }
        });
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() ->
                gauge("platform_throughput", "kind=\"lifecycles_completed\"", "window=\"PT24H\"")
                        >= ((Number) before.get("lifecyclesCompleted")).longValue() + 1);
    }

    /** The participant's own system answers the first round's ballot over Kafka, as its cooperation office. */
    private void answerAsSystemOf(String participant, Agreement agreement, String answer) throws Exception {
        Map<String, Object> vote = Map.of("agreementId", agreement.id().toString(), "round", 1, "participant", participant,
                "answer", answer, "comment", "answered by the office's system");
        var event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("urn:gov:" + participant.toLowerCase(Locale.ROOT) + ":cooperation-office"))
                .withType("org.regionalcoop.consensus.vote-cast.v1").withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json").withData(new ObjectMapper().writeValueAsBytes(vote)).build();
        try (KafkaProducer<String, byte[]> office = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            office.send(KafkaMessageFactory.createWriter(REPLIES, agreement.id().toString()).writeBinary(event))
                    .get(30, TimeUnit.SECONDS);
        }
    }

    /** The replies topic's lag as the API gives it, once it was measured after this moment (figures are cached). */
    private long lagMeasuredAfter(Instant moment) {
        Map<String, Object> figures = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> admin().getForObject("/api/monitoring/consumer-lag", Map.class),
                        lag -> lag.get("measuredAt") != null && Instant.parse((String) lag.get("measuredAt")).isAfter(moment));
        return ((Map<String, Number>) figures.get("byTopic")).get(REPLIES).longValue();
    }

    /** The gauge's value in the Prometheus scrape for the series with these labels; -1 when absent. */
    private double gauge(String name, String... labels) {
        String scrape = admin().getForObject("/actuator/prometheus", String.class);
        Matcher series = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(scrape);
        while (series.find()) {
            String found = series.group(1);
            if (List.of(labels).stream().allMatch(found::contains)) {
                return Double.parseDouble(series.group(2));
            }
        }
        return -1;
    }

    private static Map<String, Object> shortest(List<Map<String, Object>> windows) {
        return windows.get(0);
    }

    private static Map<String, Object> longest(List<Map<String, Object>> windows) {
        return windows.get(windows.size() - 1);
    }

    private static long delta(Map<String, Object> after, Map<String, Object> before, String figure) {
        return ((Number) after.get(figure)).longValue() - ((Number) before.get(figure)).longValue();
    }

    private Object bootstrapServers() {
        return kafkaAdmin.getConfigurationProperties().get("bootstrap.servers");
    }

    private static String[] inboundTopics() throws IOException {
        JsonNode topics = new ObjectMapper(new YAMLFactory()).readTree(Path.of("kafka/topics.yaml").toFile()).path("topics");
        List<String> inbound = new ArrayList<>();
        topics.forEach(topic -> {
            if ("inbound".equals(topic.path("direction").asText())) {
                inbound.add(topic.path("name").asText());
            }
        });
        return inbound.toArray(String[]::new);
    }
}
