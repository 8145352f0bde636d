package org.regionalcoop.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The topics of {@code kafka/topics.yaml}, the contract the code, the chart and downstream teams share. */
public record TopicCatalog(List<Topic> topics) {

    public static final String LOCATION = "kafka/topics.yaml";

    public record Topic(String name, String direction, String description, int partitions, String retention,
                        String cleanup) {

        NewTopic toNewTopic() {
            long retentionMs = "unlimited".equals(retention) ? -1 : Duration.parse(retention).toMillis();
            return new NewTopic(name, Optional.of(partitions), Optional.empty())
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retentionMs),
                            TopicConfig.CLEANUP_POLICY_CONFIG, cleanup));
        }
    }

    static TopicCatalog load() {
        try (InputStream in = TopicCatalog.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the classpath");
            }
            return JsonMapper.builder(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, TopicCatalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }
}
