package org.regionalcoop.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What became of inbound records: applied, skipped as duplicates (per type), dead-lettered (per reason).
 * Every counter is registered at start-up, so dashboards see zeros rather than gaps.
 */
class InboundMetrics {

    private final Map<String, Counter> applied;
    private final Map<String, Counter> duplicates;
    private final Map<DeadLetterReason, Counter> deadLetters = new EnumMap<>(DeadLetterReason.class);

    InboundMetrics(MeterRegistry registry, InboundTypes types) {
        this.applied = perType(types, type -> Counter.builder("platform.inbound.applied").tag("type", type)
                .description("Inbound events applied (late answers included)").register(registry));
        this.duplicates = perType(types, type -> Counter.builder("platform.inbound.duplicates").tag("type", type)
                .description("Inbound events skipped because the same source and id were applied before").register(registry));
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            deadLetters.put(reason, Counter.builder("platform.inbound.dead.letters").tag("reason", reason.code())
                    .description("Inbound records sent to the dead-letter topic").register(registry));
        }
    }

    void applied(String type) {
        applied.get(type).increment();
    }

    void duplicate(String type) {
        duplicates.get(type).increment();
    }

    void deadLettered(DeadLetterReason reason) {
        deadLetters.get(reason).increment();
    }

    private static Map<String, Counter> perType(InboundTypes types, Function<String, Counter> counter) {
        return types.cloudEventTypes().stream().collect(Collectors.toUnmodifiableMap(Function.identity(), counter));
    }
}
