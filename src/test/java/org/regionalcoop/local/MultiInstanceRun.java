package org.regionalcoop.local;

import org.regionalcoop.drill.Invariants;
import org.regionalcoop.drill.Lifecycles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several application instances against one PostgreSQL and one broker, as replicas share them on
 * Kubernetes: many agreements run their whole lifecycle, answered through Kafka and worked through the
 * task API of whichever instance, and then the run checks what must hold whatever the instances did —
 * every lifecycle completed, every job ran once, every event was published once and in order per
 * agreement, and no grant programme is over-committed. {@code MultiInstanceIT} runs it small in the
 * build; a larger run is the command in helm/README.md:
 *
 * <pre>./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.regionalcoop.local.MultiInstanceRun 3 300"</pre>
 */
public final class MultiInstanceRun {

    private static final Duration LIFECYCLE_PATIENCE = Duration.ofMinutes(10);

    /** What the run found. */
    record Report(int instances, int lifecycles, int completed, List<String> failures, long events, long duplicateEvents,
                  long lostEvents, long agreementsWithGaps, long outOfOrder, Map<String, Long> jobsPerInstance,
                  long jobsRunTwice, long overcommittedProgrammes, Duration took) {

        boolean holds() {
            return completed == lifecycles && duplicateEvents == 0 && lostEvents == 0 && agreementsWithGaps == 0 && outOfOrder == 0
                    && jobsRunTwice == 0 && overcommittedProgrammes == 0;
        }

        String summary() {
            return String.join("\n",
                    "multi-instance run: " + instances + " instances, " + lifecycles + " lifecycles in " + took.toSeconds() + " s",
                    "  lifecycles completed       " + completed + " of " + lifecycles,
                    "  events published           " + events + " (duplicates " + duplicateEvents + ", committed but not published "
                            + lostEvents + ", agreements with gaps " + agreementsWithGaps + ", out of order " + outOfOrder + ")",
                    "  jobs run per instance      " + jobsPerInstance + " (run twice: " + jobsRunTwice + ")",
                    "  over-committed programmes  " + overcommittedProgrammes,
                    failures.isEmpty() ? "  failures                   none" : "  failures                   " + failures,
                    "  invariants                 " + (holds() ? "hold" : "BROKEN"));
        }
    }

    private MultiInstanceRun() {
    }

    public static void main(String[] args) throws Exception {
        int instances = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int lifecycles = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Report report = run(instances, lifecycles, Files.createTempDirectory("multi-instance-"));
        System.out.println(report.summary());
        System.exit(report.holds() ? 0 : 1);
    }

    static Report run(int instanceCount, int lifecycles, Path directory) throws Exception {
        long started = System.nanoTime();
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(directory.resolve("postgres"), false);
             EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(directory.resolve("kafka"))) {
            List<PlatformInstance> instances = new ArrayList<>();
            try {
                for (int i = 1; i <= instanceCount; i++) {
                    instances.add(PlatformInstance.start("instance-" + i, directory, postgres.jdbcUrl(),
                            kafka.bootstrapServers(), List.of("--platform.simulator.enabled=false",
                                    // Terms end soon after approval, so each lifecycle runs to its closure.
                                    "--platform.agreements.durations.term-override=PT20S")));
                    progress("%s ready", instances.get(i - 1).name());
                }
                Lifecycles driver = new Lifecycles(instances.stream().map(PlatformInstance::baseUrl).toList(),
                        kafka.bootstrapServers(),
                        new Lifecycles.Settings("Multi-instance run agreement ", 8, LIFECYCLE_PATIENCE));
                Lifecycles.Outcome outcome = driver.drive(lifecycles,
                        (done, total) -> progress("%d of %d lifecycles completed", done, total));
                Invariants.awaitOutboxDrained(postgres.jdbcUrl(), LIFECYCLE_PATIENCE);
                Invariants.Result result = Invariants.check(postgres.jdbcUrl(), kafka.bootstrapServers(),
                        instances.get(0).baseUrl());
                return new Report(instanceCount, lifecycles, outcome.completed(), outcome.failures(), result.records(),
                        result.republished() + result.duplicateSequences(), result.lost(), result.agreementsWithGaps(),
                        result.outOfOrder(), result.jobsPerInstance(), result.duplicateEffects().get(Invariants.JOBS_RUN_TWICE),
                        result.overcommitted(), Duration.ofNanos(System.nanoTime() - started));
            } finally {
                for (PlatformInstance instance : instances) {
                    instance.close();
                }
            }
        }
    }

    private static void progress(String format, Object... arguments) {
        System.out.printf("[multi-instance] " + format + "%n", arguments);
    }
}
