package org.regionalcoop.benchmark;

import org.HdrHistogram.Histogram;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.consensus.internal.RoundClosed;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * W2: the same lifecycles with the participants' answers through Kafka: Zhejiang proposes with Anhui, the
 * round-opened event goes through the outbox to the participant simulator, which answers for both with
 * vote-cast events the platform takes in; staff then sign, review and award in-process as in W1. At a fixed
 * arrival rate of 50 % and 80 % of W1's saturation, each round alternating W1 (A) and W2 (B) at that rate.
 * Latency runs from a lifecycle's scheduled arrival to its grant awarded; the consensus hop from the proposal's
 * commit to the round closed on the simulator's answers (outbox → broker → simulator → broker → inbox → engine).
 */
final class FullLifecycle {

    static final String[] PARTICIPANTS = {"ZJ", "AH"};
    static final String SIMULATED = "ZJ,AH";
    static final int THREADS = 16;
    static final int KAFKA_HOPS = 2;
    static final String HOP_RELAY = "W2 hop commit→round-opened appended (relay)";
    static final String HOP_SIMULATOR = "W2 hop round-opened→last vote appended (broker, simulator, broker)";
    static final String HOP_INBOUND = "W2 hop last vote appended→round closed (inbound consumer, engine)";

    private final BareEngine bare;
    private final LifecycleDriver driver;
    private final Resources resources;
    private final ConsensusHops hops;
    /** When each waited-for round closed in the engine, by the wall clock the broker's append times share. */
    private final Map<UUID, CompletableFuture<Long>> roundsClosed = new ConcurrentHashMap<>();

    FullLifecycle(ConfigurableApplicationContext context, BareEngine bare, Resources resources, ConsensusHops hops) {
        this.bare = bare;
        this.driver = context.getBean(LifecycleDriver.class);
        this.resources = resources;
        this.hops = hops;
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof RoundClosed closed) {
                CompletableFuture<Long> waiting = roundsClosed.get(closed.agreementId());
                if (waiting != null) {
                    waiting.complete(System.currentTimeMillis());
                }
            }
        });
    }

    /** One lifecycle whose consensus comes from the simulator over Kafka. */
    void lifecycle(ConsensusHops.Split split) throws InterruptedException {
        CompletableFuture<Long> closed = new CompletableFuture<>();
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, BareEngine.REQUESTED, PARTICIPANTS);
        long proposed = System.nanoTime();
        long proposedMillis = System.currentTimeMillis();
        roundsClosed.put(agreement.id().value(), closed);
        try {
            // The round may have closed before the future was registered; the tasks tell then.
            while (driver.openTasks(agreement, "user_sign_agreement").size() < PARTICIPANTS.length) {
                try {
                    closed.get(50, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException notYet) {
                    if (System.nanoTime() - proposed > TimeUnit.SECONDS.toNanos(60)) {
                        throw new IllegalStateException("The simulator did not answer " + agreement.id() + " within 60 s");
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        } finally {
            roundsClosed.remove(agreement.id().value());
        }
        long consensusMicros = (System.nanoTime() - proposed) / 1000;
        // Seen by the tasks alone, the round closed no later than now.
        hops.record(split, agreement.id().toString(), PARTICIPANTS.length, consensusMicros, proposedMillis,
                closed.getNow(System.currentTimeMillis()));
        bare.afterConsensus(agreement, PARTICIPANTS.length);
    }

    /** How one stretch at a fixed rate went. */
    private record Stretch(Load.Outcome outcome, Histogram latency, Resources.Usage used) {
    }

    private Stretch atRate(double rate, Duration duration, Load.Operation lifecycle) {
        Histogram latency = new Histogram(3);
        Resources.Usage before = resources.snapshot();
        Load.Outcome outcome = Load.atRate(THREADS, rate, duration, due -> {
            lifecycle.run(due);
            synchronized (latency) {
                latency.recordValue((System.nanoTime() - due) / 1000);
            }
        });
        Resources.Usage used = resources.snapshot().minus(before);
        return new Stretch(outcome, latency, used);
    }

    void run(Settings settings, double w1Saturation, Report report, Progress progress) {
        progress.say("W2: warm-up through the simulator");
        ConsensusHops.Split warmUp = ConsensusHops.Split.create();
        BareEngine.failOn("W2 warm-up", Load.atRate(THREADS, w1Saturation / 2, Duration.ofSeconds(8),
                due -> lifecycle(warmUp)));
        for (double level : new double[] {0.5, 0.8}) {
            double rate = level * w1Saturation;
            String at = String.format(" at %.0f %% of W1 (%.2f/s)", level * 100, rate);
            Map<String, List<Double>> figures = new LinkedHashMap<>();
            for (int round = 1; round <= settings.rounds(); round++) {
                Stretch w1 = atRate(rate, settings.fixedRateDuration(), due -> bare.lifecycle());
                BareEngine.failOn("W1 at a fixed rate", w1.outcome());
                ConsensusHops.Split split = ConsensusHops.Split.create();
                Histogram hop = split.consensus();
                Stretch w2 = atRate(rate, settings.fixedRateDuration(), due -> lifecycle(split));
                BareEngine.failOn("W2", w2.outcome());
                record(figures, "W1", w1);
                record(figures, "W2", w2);
                figures.computeIfAbsent("W2 consensus through Kafka p50", k -> new ArrayList<>()).add(hop.getValueAtPercentile(50) / 1000.0);
                figures.computeIfAbsent("W2 consensus through Kafka p99", k -> new ArrayList<>()).add(hop.getValueAtPercentile(99) / 1000.0);
                figures.computeIfAbsent("W2 lifecycles measured", k -> new ArrayList<>()).add((double) w2.outcome().completed());
                for (Map.Entry<String, Histogram> part : List.of(Map.entry(HOP_RELAY, split.relay()),
                        Map.entry(HOP_SIMULATOR, split.simulator()), Map.entry(HOP_INBOUND, split.inbound()))) {
                    for (int percentile : new int[] {50, 95, 99}) {
                        figures.computeIfAbsent(part.getKey() + " p" + percentile, k -> new ArrayList<>())
                                .add(part.getValue().getValueAtPercentile(percentile) / 1000.0);
                    }
                }
                figures.computeIfAbsent("W2 lifecycles measured by hop", k -> new ArrayList<>()).add((double) split.relay().getTotalCount());
                progress.say("W2 round %d/%d%s: W1 %.2f/s p50 %.0f ms, W2 %.2f/s p50 %.0f ms, consensus hop p99 %.0f ms",
                        round, settings.rounds(), at, w1.outcome().perSecond(), w1.latency().getValueAtPercentile(50) / 1000.0,
                        w2.outcome().perSecond(), w2.latency().getValueAtPercentile(50) / 1000.0, hop.getValueAtPercentile(99) / 1000.0);
            }
            figures.forEach((name, values) -> report.figure("W2", name.replace("CPU", "CPU per lifecycle") + at,
                    name.contains("/s") ? "lifecycles/s" : name.contains("commits") ? "commits"
                            : name.contains("measured") ? "lifecycles" : "ms", values));
            List<Double> throughputRatio = Stats.ratios(figures.get("W2 lifecycles/s"), figures.get("W1 lifecycles/s"));
            List<Double> cpuRatio = Stats.ratios(figures.get("W2 CPU ms (JVM + PostgreSQL)"), figures.get("W1 CPU ms (JVM + PostgreSQL)"));
            List<Double> overhead = Stats.differences(figures.get("W2 arrival→awarded p50"), figures.get("W1 arrival→awarded p50"));
            report.figure("W2", "W2/W1 completed lifecycles/s" + at, "×", throughputRatio);
            report.figure("W2", "W2/W1 CPU per lifecycle" + at, "×", cpuRatio);
            report.figure("W2", "W2 − W1 lifecycle p50" + at, "ms", overhead);
            if (level == 0.8) {
                report.verdict("W2/W1 throughput ≥ 0.7 (W2 completions/s at 80 % of W1's saturation ÷ W1's saturation)",
                        Stats.median(figures.get("W2 lifecycles/s")) / w1Saturation, "×", false, 0.7);
            } else {
                report.verdict("W2/W1 CPU per lifecycle ≤ 1.5 at 50 %", Stats.median(cpuRatio), "×", true, 1.5);
                report.verdict("W2 at 50 %: consensus through Kafka p99 ≤ " + KAFKA_HOPS + " hops × 50 ms",
                        Stats.median(figures.get("W2 consensus through Kafka p99")), "ms", true, KAFKA_HOPS * 50);
                report.verdict("W2 at 50 %: lifecycle p50 overhead over W1 ≤ " + KAFKA_HOPS + " hops × 50 ms",
                        Stats.median(overhead), "ms", true, KAFKA_HOPS * 50);
                report.verdict("W2 at 50 %: " + HOP_RELAY + " p99 ≤ 50 ms",
                        Stats.median(figures.get(HOP_RELAY + " p99")), "ms", true, 50);
                report.verdict("W2 at 50 %: " + HOP_SIMULATOR + " p99 ≤ 2 hops × 50 ms",
                        Stats.median(figures.get(HOP_SIMULATOR + " p99")), "ms", true, 100);
                report.verdict("W2 at 50 %: " + HOP_INBOUND + " p99 ≤ 50 ms",
                        Stats.median(figures.get(HOP_INBOUND + " p99")), "ms", true, 50);
            }
        }
        report.note("W2's consensus through Kafka runs from the proposal's commit until both signature tasks are open; its hops"
                + " are split by the broker's append times (millisecond clock): relay, broker→simulator→broker, inbound consumer"
                + " and engine. W2 ran with the simulator answering at once (platform.simulator.delay=PT0S) for ZJ and AH only");
    }

    private static void record(Map<String, List<Double>> figures, String workload, Stretch stretch) {
        double lifecycles = stretch.outcome().completed();
        figures.computeIfAbsent(workload + " lifecycles/s", k -> new ArrayList<>()).add(stretch.outcome().perSecond());
        figures.computeIfAbsent(workload + " arrival→awarded p50", k -> new ArrayList<>()).add(stretch.latency().getValueAtPercentile(50) / 1000.0);
        figures.computeIfAbsent(workload + " arrival→awarded p95", k -> new ArrayList<>()).add(stretch.latency().getValueAtPercentile(95) / 1000.0);
        figures.computeIfAbsent(workload + " arrival→awarded p99", k -> new ArrayList<>()).add(stretch.latency().getValueAtPercentile(99) / 1000.0);
        // Background included: W1 and W2 share it, and at these rates subtracting an idle estimate is mostly noise.
        figures.computeIfAbsent(workload + " commits per lifecycle (background included)", k -> new ArrayList<>()).add(
                stretch.used().commits() / lifecycles);
        figures.computeIfAbsent(workload + " CPU ms (JVM + PostgreSQL)", k -> new ArrayList<>()).add(
                (stretch.used().jvmCpuNanos() + stretch.used().postgresCpuNanos()) / 1e6 / lifecycles);
    }
}
