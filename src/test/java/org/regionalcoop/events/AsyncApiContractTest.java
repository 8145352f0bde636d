package org.regionalcoop.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** kafka/asyncapi.yaml describes exactly the topics of topics.yaml and every schema of schemas/. */
class AsyncApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode asyncApi = read(Path.of("kafka", "asyncapi.yaml"));

    @Test
    void everyTopicIsAChannel() {
        Set<String> topics = new HashSet<>();
        read(Path.of("kafka", "topics.yaml")).path("topics").forEach(topic -> topics.add(topic.path("name").asText()));
        Set<String> addresses = new HashSet<>();
        asyncApi.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));

        assertThat(addresses).isEqualTo(topics);
    }

    @Test
    void everySchemaIsTheTypedPayloadOfAMessage() throws IOException {
        Set<String> schemas;
        try (Stream<Path> files = Files.list(Path.of("kafka", "schemas"))) {
            schemas = files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
        Set<String> payloads = new HashSet<>();
        asyncApi.path("components").path("messages").forEach(message -> {
            String reference = message.path("payload").path("$ref").asText("");
            if (reference.startsWith("./schemas/")) {
                String schema = reference.substring("./schemas/".length());
                payloads.add(schema);
                assertThat(message.path("name").asText()).as(schema)
                        .isEqualTo("org.regionalcoop." + schema.substring(0, schema.length() - ".json".length()));
            }
        });

        assertThat(payloads).isEqualTo(schemas);
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
