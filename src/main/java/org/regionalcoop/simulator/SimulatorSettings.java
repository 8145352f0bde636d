package org.regionalcoop.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The participant simulator's settings; it runs only with {@code platform.simulator.enabled=true}.
 *
 * @param groupId     its Kafka consumer group, apart from the platform's so it sees every round opened
 * @param governments codes of the governments it answers for; the others' staff answer by hand
 * @param delay       how long after a round opens it answers
 * @param behaviour   per government code, or {@value #DEFAULT} for the others; {@code consent} if neither
 */
@ConfigurationProperties("platform.simulator")
record SimulatorSettings(@DefaultValue("regional-cooperation-simulator") String groupId,
                         @DefaultValue Set<String> governments, @DefaultValue("PT5S") Duration delay,
                         @DefaultValue Map<String, Behaviour> behaviour) {

    static final String DEFAULT = "default";

    SimulatorSettings {
        // Environment variables bind codes and map keys in lower case (PLATFORM_SIMULATOR_BEHAVIOUR_JS).
        governments = Collections.unmodifiableSortedSet(governments.stream().map(code -> code.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Behaviour> byCode = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byCode.putAll(behaviour);
        behaviour = byCode;
    }

    boolean answersFor(String government) {
        return governments.contains(government);
    }

    Behaviour behaviourOf(String government) {
        return behaviour.getOrDefault(government, behaviour.getOrDefault(DEFAULT, Behaviour.CONSENT));
    }
}
