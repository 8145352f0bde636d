package org.regionalcoop.events;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class EventRoundTripTest {

    @Autowired
    KafkaTemplate<Object, Object> kafka;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Autowired
    TopicCatalog catalog;

    @Test
    void aRecordRoundTripsThroughTheBroker() throws Exception {
        String agreementId = UUID.randomUUID().toString();
        String payload = "{\"agreementId\":\"" + agreementId + "\"}";
        SendResult<Object, Object> sent = kafka.send("coop.agreements.v1", agreementId, payload).get(30, TimeUnit.SECONDS);

        TopicPartition partition = new TopicPartition("coop.agreements.v1", sent.getRecordMetadata().partition());
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(
                Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafkaAdmin.getConfigurationProperties().get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)),
                new StringDeserializer(), new StringDeserializer()).createConsumer()) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, sent.getRecordMetadata().offset());
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
            assertThat(received).isNotEmpty();
            assertThat(received.get(0).key()).isEqualTo(agreementId);
            assertThat(received.get(0).value()).isEqualTo(payload);
        }
    }

    @Test
    void createsEveryContractTopicWithItsPartitionsAndRetention() throws Exception {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            List<String> names = catalog.topics().stream().map(TopicCatalog.Topic::name).toList();
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            for (TopicCatalog.Topic topic : catalog.topics()) {
                assertThat(described.get(topic.name()).partitions()).as(topic.name()).hasSize(topic.partitions());
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
                Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
                String expectedRetention = "unlimited".equals(topic.retention())
                        ? "-1" : String.valueOf(Duration.parse(topic.retention()).toMillis());
                assertThat(config.get("retention.ms").value()).as(topic.name()).isEqualTo(expectedRetention);
                assertThat(config.get("cleanup.policy").value()).as(topic.name()).isEqualTo(topic.cleanup());
            }
        }
    }
}
