package org.regionalcoop.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.regionalcoop.kernel.TextRules;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.regionalcoop.events.DeadLetterReason.*;

/**
 * Turns an inbound Kafka record into an event the platform may apply, or rejects it with the reason:
 * a CloudEvent in binary mode, of a known type, with JSON data that meets the type's schema, from a
 * source that speaks for the participant it names.
 */
class InboundDecoder {

    /** A record that passed every check; {@code source} and {@code id} identify it for the inbox. */
    record Decoded<E extends InboundEvent>(InboundTypes.InboundType<E> type, String source, String id, E event) {
    }

    private static final int MAX_IDENTITY = 255;

    private final InboundTypes types;
    private final ObjectMapper objectMapper;
    private final ObjectReader jsonReader;
    private final DataSize maxRecordSize;

    InboundDecoder(InboundTypes types, ObjectMapper objectMapper, DataSize maxRecordSize) {
        this.types = types;
        this.objectMapper = objectMapper;
        this.maxRecordSize = maxRecordSize;
        // "{...} trailing garbage" is not JSON either.
        this.jsonReader = objectMapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    Decoded<?> decode(ConsumerRecord<byte[], byte[]> record) {
        long size = sizeOf(record);
        if (size > maxRecordSize.toBytes()) {
            throw new InboundRejection(OVERSIZED, "the record has " + size + " bytes; at most " + maxRecordSize.toBytes()
                    + " are accepted (platform.events.inbound.max-record-size)");
        }
        CloudEvent event = read(record);
        InboundTypes.InboundType<?> type = types.find(event.getType()).orElseThrow(() -> new InboundRejection(UNKNOWN_TYPE,
                "'" + event.getType() + "' is not an inbound type; known: " + types.cloudEventTypes()));
        return decode(event, type);
    }

    private static long sizeOf(ConsumerRecord<byte[], byte[]> record) {
        long size = Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize());
        for (Header header : record.headers()) {
            size += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }

    private static CloudEvent read(ConsumerRecord<byte[], byte[]> record) {
        try {
            return KafkaMessageFactory.createReader(record).toEvent();
        } catch (CloudEventRWException e) {
            boolean notACloudEvent = e.getKind() == CloudEventRWException.CloudEventRWExceptionKind.UNKNOWN_ENCODING
                    || e.getKind() == CloudEventRWException.CloudEventRWExceptionKind.INVALID_SPEC_VERSION;
            throw new InboundRejection(notACloudEvent ? UNREADABLE : INVALID_ENVELOPE, e.getMessage());
        } catch (IllegalStateException missingAttribute) {
            throw new InboundRejection(INVALID_ENVELOPE, missingAttribute.getMessage());
        }
    }

    private <E extends InboundEvent> Decoded<E> decode(CloudEvent event, InboundTypes.InboundType<E> type) {
        // The inbox keeps both to deduplicate, in columns of this width.
        if (event.getSource().toString().length() > MAX_IDENTITY || event.getId().length() > MAX_IDENTITY) {
            throw new InboundRejection(INVALID_ENVELOPE, "source and id take at most " + MAX_IDENTITY + " characters");
        }
        String contentType = event.getDataContentType();
        if (contentType == null || !contentType.startsWith(OutboxRecord.JSON)) {
            throw new InboundRejection(INVALID_ENVELOPE, "content type '" + contentType + "' is not " + OutboxRecord.JSON);
        }
        byte[] data = event.getData() == null ? new byte[0] : event.getData().toBytes();
        if (data.length == 0) {
            throw new InboundRejection(INVALID_ENVELOPE, "the event carries no data");
        }
        JsonNode json = parse(data);
        List<String> unstorable = new ArrayList<>();
        unstorableText(json, "", unstorable);
        if (!unstorable.isEmpty()) {
            throw new InboundRejection(INVALID_CONTENT, String.join("; ", unstorable));
        }
        Set<ValidationMessage> problems = type.schema().validate(json);
        if (!problems.isEmpty()) {
            // Text of the right shape but longer than the contract allows is content, like the API's 400 for it.
            boolean onlyTooLong = problems.stream().allMatch(problem -> "maxLength".equals(problem.getType()));
            throw new InboundRejection(onlyTooLong ? INVALID_CONTENT : SCHEMA_INVALID, problems.stream()
                    .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
        E value = bind(json, type.eventClass());
        String source = event.getSource().toString();
        if (!SourceAuthority.speaksFor(source, value.participant())) {
            throw new InboundRejection(UNAUTHORIZED, "source " + source + " may not speak for " + value.participant());
        }
        return new Decoded<>(type, source, event.getId(), value);
    }

    /**
     * Names every string, and every property name, holding a character the platform cannot store; by JSON
     * pointer, as the schema's messages name fields.
     */
    private static void unstorableText(JsonNode node, String path, List<String> problems) {
        if (node.isTextual()) {
            TextRules.unstorable(node.textValue()).ifPresent(problem -> problems.add(path + ": " + problem));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unstorableText(node.get(i), path + "/" + i, problems);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String fieldPath = path + "/" + field.getKey();
                TextRules.unstorable(field.getKey()).ifPresent(problem -> problems.add(fieldPath + ": the name " + problem));
                unstorableText(field.getValue(), fieldPath, problems);
            });
        }
    }

    private JsonNode parse(byte[] data) {
        try {
            return jsonReader.readTree(data);
        } catch (JsonProcessingException e) {
            throw new InboundRejection(UNREADABLE, "the data is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <E> E bind(JsonNode json, Class<E> eventClass) {
        try {
            return objectMapper.treeToValue(json, eventClass);
        } catch (ValueInstantiationException refused) {
            // The schema lets it pass but the value's own rule does not (an amount with more digits than the platform
            // keeps): content the platform refuses, named, as the API's 400 for the same value.
            if (refused.getCause() instanceof IllegalArgumentException rule) {
                throw new InboundRejection(INVALID_CONTENT, pointer(refused) + ": " + rule.getMessage());
            }
            throw new InboundRejection(SCHEMA_INVALID, refused.getOriginalMessage());
        } catch (JsonProcessingException e) {
            // The schema should have caught it; the record is still one the contract does not allow.
            throw new InboundRejection(SCHEMA_INVALID, e.getOriginalMessage());
        }
    }

    /** The refused value's place as a JSON pointer, as the schema's messages and the unstorable text name fields. */
    private static String pointer(JsonMappingException refused) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference step : refused.getPath()) {
            pointer.append('/').append(step.getFieldName() != null ? step.getFieldName() : String.valueOf(step.getIndex()));
        }
        return pointer.toString();
    }
}
