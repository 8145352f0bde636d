package org.regionalcoop.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event the code can publish or take in has a JSON Schema and an example, and every example
 * validates: the contracts downstream teams and participants read cannot fall behind the code.
 */
class EventContractsTest {

    private static final String SCHEMA_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    @Test
    void everyPublishedEventHasAnOutboundTopicASchemaAndAnExample() {
        List<Class<?>> published = Contracts.publishedEvents();
        assertThat(published).as("the scan finds the test-only event at least").contains(OutboxProbe.class);
        List<String> outbound = TopicCatalog.load().topics().stream()
                .filter(topic -> "outbound".equals(topic.direction())).map(TopicCatalog.Topic::name).toList();
        for (Class<?> event : published) {
            assertThat(event.isRecord()).as("%s is a record", event.getName()).isTrue();
            assertThat(AgreementEvent.class).as("%s is an AgreementEvent", event.getName()).isAssignableFrom(event);
            assertThat(outbound).as("topic of %s", event.getName()).contains(event.getAnnotation(Published.class).topic());
            assertThat(Contracts.schema(event)).as("schema of %s", event.getName()).isRegularFile();
            assertThat(Contracts.example(event)).as("example of %s", event.getName()).isRegularFile();
        }
    }

    @Test
    void everyInboundEventHasAnInboundTopicASchemaAndAnExample() {
        List<Class<?>> inbound = Contracts.inboundEvents();
        assertThat(inbound).as("the scan finds the participants' answers at least")
                .anyMatch(event -> event.getName().equals("org.regionalcoop.consensus.internal.VoteCast"));
        List<String> inboundTopics = TopicCatalog.load().topics().stream()
                .filter(topic -> "inbound".equals(topic.direction())).map(TopicCatalog.Topic::name).toList();
        for (Class<?> event : inbound) {
            assertThat(event.isRecord()).as("%s is a record", event.getName()).isTrue();
            assertThat(InboundEvent.class).as("%s is an InboundEvent", event.getName()).isAssignableFrom(event);
            assertThat(inboundTopics).as("topic of %s", event.getName()).contains(event.getAnnotation(Inbound.class).topic());
            assertThat(Contracts.schema(event)).as("schema of %s", event.getName()).isRegularFile();
            assertThat(Contracts.example(event)).as("example of %s", event.getName()).isRegularFile();
        }
    }

    @Test
    void platformEventsAreCheckedAgainstTheProjectsKafkaFolder() {
        assertThat(Contracts.root(EventContractsTest.class)).isEqualTo(Contracts.TEST);
        assertThat(Contracts.root(Published.class)).isEqualTo(Contracts.MAIN);
    }

    @Test
    void everySchemaIsJsonSchema202012() throws IOException {
        for (Path schema : files("schemas")) {
            assertThat(Contracts.read(schema).path("$schema").asText()).as("$schema of %s", schema).isEqualTo(SCHEMA_2020_12);
            assertThat(Contracts.validateSchema(schema)).as("%s against the 2020-12 meta-schema", schema).isEmpty();
        }
    }

    @Test
    void everyExampleHasASchemaAndValidatesAgainstIt() throws IOException {
        List<Path> examples = files("examples");
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            Path schema = example.getParent().resolveSibling("schemas").resolve(example.getFileName());
            assertThat(schema).as("schema for %s", example).isRegularFile();
            assertThat(Contracts.validate(schema, Contracts.read(example))).as("%s against %s", example, schema).isEmpty();
        }
    }

    @Test
    void anInvalidExampleIsRejected() {
        ObjectNode invalid = (ObjectNode) Contracts.read(Contracts.example(OutboxProbe.class));
        invalid.put("agreementId", "not-a-uuid");
        assertThat(Contracts.validate(OutboxProbe.class, invalid)).isNotEmpty();
    }

    private static List<Path> files(String kind) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : Contracts.roots()) {
            Path folder = root.resolve(kind);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> listed = Files.list(folder)) {
                    listed.filter(file -> file.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }
}
