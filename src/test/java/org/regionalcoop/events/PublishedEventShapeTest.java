package org.regionalcoop.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.bodies.MeetingCostsRecorded;
import org.regionalcoop.funds.FundContributionPaid;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.projects.ContributionPaid;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

    /**
     * The examples show amounts paid in the settlement currency, where {@code original} is left out; an amount paid in
     * another currency publishes it, and v1 (which forbids properties it does not list) must take it too.
     */
    @Test
    void everyPublishedRecordWithAnAmountPaidInAnotherCurrencyValidatesAgainstItsSchema() throws Exception {
        OriginalAmount inYen = new OriginalAmount(Money.of("20000.00"), CurrencyCode.of("JPY"), "0.05",
                LocalDate.of(2026, 11, 30));
        List<Class<?>> withOriginal = Contracts.publishedEvents().stream()
                .filter(event -> event.isRecord() && Arrays.stream(event.getRecordComponents())
                        .anyMatch(component -> component.getType() == OriginalAmount.class))
                .toList();
        assertThat(withOriginal).contains(MeetingCostsRecorded.class, ContributionPaid.class, FundContributionPaid.class);
        for (Class<?> event : withOriginal) {
            Object fromExample = objectMapper.readerFor(event).readValue(Contracts.example(event).toFile());
            RecordComponent[] components = event.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getType() == OriginalAmount.class ? inYen
                        : components[i].getAccessor().invoke(fromExample);
            }
            Object paidInYen = event.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
            String json = objectMapper.writeValueAsString(paidInYen);
            assertThat(json).as("%s carries what was paid", event.getName()).contains("\"original\"");
            assertThat(Contracts.validate(event, objectMapper.readTree(json)))
                    .as("%s paid in another currency, as serialized by the application", event.getName()).isEmpty();
        }
    }
}
