package org.regionalcoop.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import org.regionalcoop.PlatformApplication;
import org.regionalcoop.local.LocalInfrastructureInitializer;
import org.regionalcoop.tasks.StaffTasks;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark command ({@code ./mvnw -q test-compile exec:exec@benchmark}): starts the platform on the
 * embedded PostgreSQL and broker once, runs the floors and the workloads W1 to W6 in rounds that
 * alternate baseline and treatment after a warm-up, prints a table of medians, spreads and ratios and
 * writes it as JSON under the directory given as the first argument. Stops every server it started.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "target/benchmarks");
        Settings settings = Settings.fromSystemProperties();
        Progress progress = new Progress();
        String baseline = System.getProperty("benchmark.baseline", "").trim();
        if (!baseline.isEmpty()) {
            System.exit(new BaselineComparison(baseline, output, settings, progress).run() ? 0 : 1);
        }
        Report report = new Report();
        Map<String, Object> machine = machine(settings);
        System.setProperty("platform.local.postgres.preload", "pg_stat_statements");

        progress.say("starting the platform on embedded PostgreSQL and Kafka (workloads %s, %d rounds)",
                settings.workloads(), settings.rounds());
        long starting = System.nanoTime();
        boolean failed = false;
        ConsensusHops hops = null;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlatformApplication.class)
                .profiles("local")
                .initializers(new LocalInfrastructureInitializer())
                // As arguments, so they win over the local profile's settings (e.g. its simulator).
                .run(platformArguments(settings))) {
            double readySeconds = (System.nanoTime() - starting) / 1e9;
            System.gc();
            double heapMegabytes = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
            report.figure("start", "platform ready (embedded servers included)", "s", List.of(readySeconds));
            report.figure("start", "heap after start and a full GC", "MB", List.of(heapMegabytes));
            report.verdict("Local run ready in ≤ 20 s", readySeconds, "s", true, 20);
            report.verdict("Heap after start and a full GC ≤ 256 MB", heapMegabytes, "MB", true, 256);
            progress.say("platform ready in %.1f s, heap %.0f MB after a full GC", readySeconds, heapMegabytes);

            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String bootstrapServers = context.getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers");
            Resources resources = new Resources(jdbc, context.getBean(HikariDataSource.class));
            if (settings.runs("floors")) {
                new Floors(jdbc, bootstrapServers).run(settings, report, progress);
            }
            BareEngine bare = new BareEngine(context, resources);
            Optional<TaskListLoad.Background> w2Load = Optional.empty();
            if (settings.runs("w1") || settings.runs("w2")) {
                double saturation = bare.run(settings, report, progress);
                if (settings.runs("w1")) {
                    new LifecyclePhases(context, resources).run(settings.stageLifecycles(), report, progress);
                }
                if (settings.runs("w2")) {
                    hops = new ConsensusHops(bootstrapServers);
                    FullLifecycle full = new FullLifecycle(context, bare, resources, hops);
                    full.run(settings, saturation, report, progress);
                    w2Load = Optional.of(new TaskListLoad.Background(full, saturation / 2));
                }
            }
            if (settings.runs("w3")) {
                try (OutboxLatency outbox = new OutboxLatency(context.getBean(TransactionTemplate.class), context,
                        bootstrapServers)) {
                    outbox.run(settings, report, progress);
                }
            }
            if (settings.runs("w4")) {
                new TaskListLoad(jdbc, context.getBean(StaffTasks.class), resources, w2Load).run(settings, report, progress);
            }
            if (settings.runs("w5")) {
                new BoardLoad(jdbc, context).run(settings, report, progress);
            }
            if (settings.runs("w6")) {
                new MyWorkPageLoad(jdbc, context).run(settings, report, progress);
            }
            if (hops != null) {
                hops.close();
            }
            System.gc();
            report.figure("end", "heap after the workloads and a full GC", "MB",
                    List.of(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0));
            progress.say("stopping the platform and its servers");
        } catch (Exception | AssertionError e) {
            failed = true;
            System.err.println("The benchmark failed: " + e);
            e.printStackTrace();
        }
        report.print(System.out);
        Path file = report.write(output, machine);
        System.out.println("JSON: " + file);
        System.exit(failed ? 1 : 0);
    }

    /**
     * As arguments, so they win over the local profile's settings. The simulator answers at once, and only
     * for W2's participants, so W1's agreements see no answer but their own.
     */
    private static String[] platformArguments(Settings settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.org.apache.kafka=ERROR"));
        if (settings.runs("w2")) {
            arguments.addAll(List.of("--platform.simulator.enabled=true", "--platform.simulator.delay=PT0S",
                    "--platform.simulator.governments=" + FullLifecycle.SIMULATED));
        } else {
            arguments.add("--platform.simulator.enabled=false");
        }
        return arguments.toArray(String[]::new);
    }

    private static Map<String, Object> machine(Settings settings) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("startedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("memoryTotalBytes", memoryTotal());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        machine.put("settings", settings.toString());
        return machine;
    }

    private static long memoryTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
