package org.regionalcoop.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each published record, serialized by the application's own ObjectMapper as the outbox does, validates
 * against its schema: a renamed field or a changed date or number format fails here, not downstream.
 */
@PlatformTest
class PublishedEventShapeTest {

    @Autowired
    ObjectMapper objectMapper;

    @Test
    void everyPublishedRecordAsTheOutboxWritesItValidatesAgainstItsSchema() throws Exception {
        for (Class<?> event : Contracts.publishedEvents()) {
            Object fromExample = objectMapper.readerFor(event)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(Contracts.example(event).toFile());
            assertThat(Contracts.validate(event, objectMapper.readTree(objectMapper.writeValueAsString(fromExample))))
                    .as("%s as serialized by the application", event.getName()).isEmpty();
        }
    }
}
