package org.regionalcoop.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inbound event types the platform applies: one per {@link InboundHandler}, each with its topic and
 * the JSON schema its data must meet. Read from the classpath at start-up, so a handler without a
 * contract stops the platform instead of dead-lettering every record.
 */
class InboundTypes {

    static final String SCHEMAS = "kafka/schemas/";

    private static final JsonSchemaFactory SCHEMA_FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig SCHEMA_CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    /** One inbound type: its CloudEvents type, the record its data binds to, its schema and its handler. */
    record InboundType<E extends InboundEvent>(String cloudEventType, String topic, Class<E> eventClass,
                                               JsonSchema schema, InboundHandler<E> handler) {
    }

    private final Map<String, InboundType<?>> byCloudEventType;

    InboundTypes(List<InboundHandler<?>> handlers, TopicCatalog topics, ObjectMapper json) {
        Set<String> inboundTopics = topics.topics().stream()
                .filter(topic -> "inbound".equals(topic.direction()))
                .map(TopicCatalog.Topic::name)
                .collect(Collectors.toUnmodifiableSet());
        this.byCloudEventType = handlers.stream()
                .map(handler -> register(handler, inboundTopics, json))
                .collect(Collectors.toUnmodifiableMap(InboundType::cloudEventType, Function.identity()));
    }

    static String cloudEventType(Inbound inbound) {
        return OutboxWriter.TYPE_PREFIX + inbound.type() + ".v" + inbound.version();
    }

    static String schemaFile(Inbound inbound) {
        return inbound.type() + ".v" + inbound.version() + ".json";
    }

    Optional<InboundType<?>> find(String cloudEventType) {
        return Optional.ofNullable(byCloudEventType.get(cloudEventType));
    }

    Set<String> cloudEventTypes() {
        return byCloudEventType.keySet();
    }

    /** The topics the inbound listener subscribes to; public for the SpEL of its {@code @KafkaListener}. */
    public String[] topics() {
        return byCloudEventType.values().stream().map(InboundType::topic).distinct().sorted().toArray(String[]::new);
    }

    private static <E extends InboundEvent> InboundType<E> register(InboundHandler<E> handler, Set<String> inboundTopics,
                                                                    ObjectMapper json) {
        Class<E> eventClass = handler.eventType();
        Inbound inbound = eventClass.getAnnotation(Inbound.class);
        if (inbound == null) {
            throw new IllegalStateException(eventClass.getName() + " is handled as an inbound event but has no @Inbound");
        }
        if (!inboundTopics.contains(inbound.topic())) {
            throw new IllegalStateException(eventClass.getName() + " names topic '" + inbound.topic()
                    + "', which is not an inbound topic of " + TopicCatalog.LOCATION);
        }
        return new InboundType<>(cloudEventType(inbound), inbound.topic(), eventClass,
                SCHEMA_FACTORY.getSchema(readSchema(SCHEMAS + schemaFile(inbound), json), SCHEMA_CONFIG), handler);
    }

    private static JsonNode readSchema(String location, ObjectMapper json) {
        try (InputStream in = InboundTypes.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(location + " is not on the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }
}
