package org.regionalcoop.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fault drills of issue 8, one sub-command each:
 *
 * <pre>./mvnw -q test-compile exec:exec@drill -Ddrill=crash [-Ddrill.lifecycles=N] [-Ddrill.threads=T]</pre>
 *
 * Prints a progress line while the drill runs, then its figures and the invariants, writes the same as
 * {@code <drill>-<time>.json} into the directory given as the first argument, and exits non-zero when a
 * lifecycle did not complete or an invariant broke. Every server and instance it started is stopped before it exits.
 */
public final class Drills {

    private Drills() {
    }

    static Map<String, Drill> all() {
        Map<String, Drill> drills = new LinkedHashMap<>();
        drills.put("crash", new CrashDrill());
        drills.put("postgres", new PostgresDrill());
        drills.put("broker", new BrokerDrill());
        drills.put("replay", new ReplayDrill());
        drills.put("poison", new PoisonDrill());
        return drills;
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "target/drills");
        String name = System.getProperty("drill", "");
        Drill drill = all().get(name);
        if (drill == null) {
            System.err.println("Name a drill with -Ddrill=<name>, one of " + all().keySet());
            System.exit(2);
        }
        Map<String, Object> machine = machine();
        DrillReport report = run(name, drill, DrillSettings.fromSystemProperties(), workDirectory(name));
        machine.put("loadAverageAtEnd", loadAverage());
        report.print(System.out);
        System.out.println("JSON: " + report.write(output, machine));
        System.exit(report.holds() ? 0 : 1);
    }

    /**
     * Runs the drill on a rig of its own in the directory, and stops the rig; a drill that fails half-way still
     * yields a report, one that does not hold.
     */
    static DrillReport run(String name, Drill drill, DrillSettings settings, Path directory) {
        ProgressLine progress = new ProgressLine(name);
        DrillReport report = new DrillReport(name);
        try (DrillRig rig = DrillRig.start(directory, settings, progress)) {
            run(drill, settings, rig, progress, report);
        } catch (Exception e) {
            e.printStackTrace();
            report.failed(e);
        }
        return report;
    }

    /** Runs the drill on a rig that is already up, e.g. one the build shares between the quick drills. */
    static void run(Drill drill, DrillSettings settings, DrillRig rig, ProgressLine progress, DrillReport report) {
        try {
            drill.run(settings, rig, progress, report);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            report.failed(e);
        }
    }

    static Path workDirectory(String name) throws IOException {
        return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "drill-" + name + "-");
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("loadAverageAtStart", loadAverage());
        return machine;
    }

    /** The 1, 5 and 15 minute load averages, since a shared machine's figures mean little without them. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
