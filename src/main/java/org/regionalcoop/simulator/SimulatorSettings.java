package org.regionalcoop.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The participant simulator's settings; it runs only with {@code platform.simulator.enabled=true}. Each
 * behaviour map is keyed by government code, or {@value #DEFAULT} for the others. Environment variables bind
 * map keys in lower case, so a code with a hyphen is set only as a property, e.g.
 * {@code platform.simulator.behaviour.HN-ZZ}.
 *
 * @param groupId     its own Kafka consumer group on {@code coop.agreements.v1}, {@code coop.projects.v1} and
 *                    {@code coop.settlements.v1}, apart from the platform's so it sees every fact published
 * @param governments codes of the governments it answers for; the others' staff answer by hand
 * @param delay       how long after the platform's event (round opened, contribution requested, project
 *                    started, settlement proposed, transfer instructed) it answers
 * @param behaviour   how the simulated governments vote, all ({@code default}) or one (its government code;
 *                    a code with a hyphen only as a property, e.g. {@code platform.simulator.behaviour.HN-ZZ}):
 *                    {@code consent}, {@code decline}, {@code amend} or {@code silent} (never answers);
 *                    {@code consent} if not set
 * @param payment     how the simulated finance systems, all ({@code default}) or one (its government code), answer
 *                    a call for a contribution: {@code pay} (in full) or {@code default} (never); {@code pay} if
 *                    not set
 * @param benefit     yuan of shared benefit a simulated government, all ({@code default}) or one (its government
 *                    code), reports for the year a joint project it takes part in starts; 1000000.00 if not set,
 *                    none when {@code 0}
 * @param transfer    how the simulated treasuries, all ({@code default}) or one (its government code), answer a
 *                    transfer instructed to them as payee: {@code confirm} or {@code silent}; {@code confirm} if
 *                    not set
 * @param settlement  how the simulated finance systems, all ({@code default}) or one (its government code), answer
 *                    a settlement proposed to them: {@code confirm}, {@code object} (with a reason, so it goes to
 *                    arbitration) or {@code silent} (the finance officers' task stays); {@code confirm} if not set
 */
@ConfigurationProperties("platform.simulator")
record SimulatorSettings(@DefaultValue("regional-cooperation-simulator") String groupId,
                         @DefaultValue Set<String> governments, @DefaultValue("PT5S") Duration delay,
                         @DefaultValue Map<String, Behaviour> behaviour, @DefaultValue Map<String, Payment> payment,
                         @DefaultValue Map<String, BigDecimal> benefit, @DefaultValue Map<String, Receipt> transfer,
                         @DefaultValue Map<String, Confirmation> settlement) {

    static final String DEFAULT = "default";
    static final String DEFAULT_BENEFIT = "1000000.00";

    @ConstructorBinding
    SimulatorSettings {
        // Environment variables bind codes and map keys in lower case (PLATFORM_SIMULATOR_BEHAVIOUR_JS).
        governments = Collections.unmodifiableSortedSet(governments.stream().map(code -> code.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new)));
        behaviour = byCode(behaviour);
        payment = byCode(payment);
        benefit = byCode(benefit);
        transfer = byCode(transfer);
        settlement = byCode(settlement);
    }

    /** Every system but the settlement's with its default behaviour. */
    SimulatorSettings(String groupId, Set<String> governments, Duration delay, Map<String, Behaviour> behaviour,
                      Map<String, Payment> payment, Map<String, BigDecimal> benefit, Map<String, Receipt> transfer) {
        this(groupId, governments, delay, behaviour, payment, benefit, transfer, Map.of());
    }

    /** Votes only, every other system with its default behaviour. */
    SimulatorSettings(String groupId, Set<String> governments, Duration delay, Map<String, Behaviour> behaviour) {
        this(groupId, governments, delay, behaviour, Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static <T> Map<String, T> byCode(Map<String, T> values) {
        Map<String, T> byCode = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byCode.putAll(values);
        return byCode;
    }

    private static <T> T of(Map<String, T> values, String government, T fallback) {
        return values.getOrDefault(government, values.getOrDefault(DEFAULT, fallback));
    }

    boolean answersFor(String government) {
        return governments.contains(government);
    }

    Behaviour behaviourOf(String government) {
        return of(behaviour, government, Behaviour.CONSENT);
    }

    Payment paymentOf(String government) {
        return of(payment, government, Payment.PAY);
    }

    BigDecimal benefitOf(String government) {
        return of(benefit, government, new BigDecimal(DEFAULT_BENEFIT));
    }

    Receipt receiptOf(String government) {
        return of(transfer, government, Receipt.CONFIRM);
    }

    Confirmation confirmationOf(String government) {
        return of(settlement, government, Confirmation.CONFIRM);
    }
}
