package org.regionalcoop.local;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the one-command local platform in its own JVM, as a newcomer would, three times on one data directory (each
 * start costs a whole platform, so the runs share what they can): the first is stopped with Ctrl-C (SIGINT), and the
 * JVM must exit and the embedded PostgreSQL must be gone; the second must find the data of the first, and is killed
 * with SIGKILL, which leaves its PostgreSQL running; the third must stop that leftover, come up on the data and on the
 * broker address of the second, and go with Ctrl-C like the first.
 */
class LocalRunShutdownIT {

    private static final Pattern KAFKA = Pattern.compile("Kafka\\s+(127\\.0\\.0\\.1:\\d+)");
    private static final Pattern HEALTH_URL = Pattern.compile("Health\\s+(http://localhost:\\d+)/actuator/health");

    @Test
    void ctrlCStopsThePlatformAndItsServersAndARunKilledWithSigkillStartsAgainOnItsDataAndBrokerPort() throws Exception {
        Path dataDirectory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "local-run-");

        try (LocalRun first = LocalRun.start(dataDirectory)) {
            long postgresPid = first.awaitReady();
            assertThat(ProcessHandle.of(postgresPid)).isPresent();
            first.awaitLine("Demo agreements: four demo agreements ready");
            first.interrupt();
            assertThat(first.awaitExit()).as("JVM exited after Ctrl-C").isTrue();
            assertThat(stopsRunning(postgresPid)).as("PostgreSQL %d gone after Ctrl-C", postgresPid).isTrue();
            assertThat(first.output()).contains("Embedded infrastructure stopped");
        }

        long leftover;
        String broker;
        try (LocalRun killed = LocalRun.start(dataDirectory)) {
            leftover = killed.awaitReady();
            broker = killed.broker();
            killed.awaitLine("Demo agreements: agreements exist already: no demo agreements added");
            killed.kill();
            assertThat(killed.awaitExit()).isTrue();
            assertThat(stopsRunning(leftover)).as("PostgreSQL outlives a SIGKILL of its run").isFalse();
            assertThat(killed.output()).as("the data of the run stopped with Ctrl-C")
                    .contains("Reference data 'governments' version").contains("already loaded");
        }

        try (LocalRun again = LocalRun.start(dataDirectory)) {
            long postgres = again.awaitReady();
            assertThat(postgres).isNotEqualTo(leftover);
            assertThat(stopsRunning(leftover)).as("the leftover PostgreSQL was stopped").isTrue();
            assertThat(again.output()).contains("found PostgreSQL (pid " + leftover + ") still running on")
                    .contains("stopped it; its data is intact")
                    .contains("Reference data 'governments' version").contains("already loaded");
            assertThat(again.broker()).isEqualTo(broker);
            again.interrupt();
            assertThat(again.awaitExit()).as("JVM exited after Ctrl-C").isTrue();
            assertThat(stopsRunning(postgres)).as("PostgreSQL %d gone after Ctrl-C", postgres).isTrue();
        }
    }

    /** A stopped server can linger briefly as a zombie until init reaps it; that counts as gone. */
    private static boolean stopsRunning(long pid) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            Path stat = Path.of("/proc", String.valueOf(pid), "stat");
            if (ProcessHandle.of(pid).isEmpty() || !Files.exists(stat)
                    || Files.readString(stat).replaceFirst("^.*\\) ", "").startsWith("Z")) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static final class LocalRun implements AutoCloseable {

        private final Process process;
        private final Path dataDirectory;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> output = new ArrayList<>();

        private LocalRun(Process process, Path dataDirectory) {
            this.process = process;
            this.dataDirectory = dataDirectory;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                } catch (IOException ignored) {
                    // the process ended; whatever it printed is in the queue
                }
            }, "local-run-output");
            reader.setDaemon(true);
            reader.start();
        }

        static LocalRun start(Path dataDirectory) throws IOException {
            List<String> command = PlatformInstance.java("768m");
            command.addAll(List.of(LocalPlatform.class.getName(), "--server.port=0",
                    "--platform.local.data-dir=" + dataDirectory));
            Process process = new ProcessBuilder(command)
                    .directory(dataDirectory.toFile())
                    .redirectErrorStream(true)
                    .start();
            return new LocalRun(process, dataDirectory);
        }

        /** Waits for a line the run prints after it is ready, e.g. the demo agreements' last. */
        void awaitLine(String expected) throws Exception {
            if (output.stream().noneMatch(line -> line.contains(expected))) {
                awaitLineMatching(line -> line.contains(expected), "'" + expected + "'");
            }
        }

        /** Waits for the ready summary, checks health over HTTP and returns the postmaster's pid. */
        long awaitReady() throws Exception {
            Matcher health = HEALTH_URL.matcher(awaitLineMatching(line -> HEALTH_URL.matcher(line).find(), "the ready summary"));
            assertThat(health.find()).isTrue();
            assertThat(becomesReady(health.group(1))).as("readiness of the local run").isTrue();
            OptionalLong pid = EmbeddedPostgresServer.postmasterPid(dataDirectory.resolve("postgres"));
            assertThat(pid).isPresent();
            return pid.getAsLong();
        }

        /** The first line from now on that matches, within 300 s of the run's output. */
        private String awaitLineMatching(Predicate<String> wanted, String what) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line == null) {
                    assertThat(process.isAlive()).as("local run died:%n%s", String.join("\n", output)).isTrue();
                    continue;
                }
                output.add(line);
                if (wanted.test(line)) {
                    return line;
                }
            }
            throw new AssertionError("no " + what + " within 300 s:\n" + String.join("\n", output));
        }

        /** Readiness also asks the broker, which a busy machine may answer only a moment after start-up. */
        private static boolean becomesReady(String baseUrl) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            for (int attempt = 0; attempt < 60; attempt++) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.body().contains("\"status\":\"UP\"")) {
                    return true;
                }
                Thread.sleep(500);
            }
            return false;
        }

        /** The broker's address as the ready summary prints it. */
        String broker() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                Matcher kafka = KAFKA.matcher(output());
                if (kafka.find()) {
                    return kafka.group(1);
                }
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    output.add(line);
                }
            }
            throw new AssertionError("the summary names no broker:\n" + output());
        }

        void kill() throws Exception {
            new ProcessBuilder("kill", "-KILL", String.valueOf(process.pid())).inheritIO().start().waitFor();
        }

        void interrupt() throws Exception {
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
        }

        /**
         * A run the test did not get to stop (it failed first) is stopped with Ctrl-C all the same, so it takes
         * its PostgreSQL with it instead of leaving both behind.
         */
        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                interrupt();
                awaitExit();
            }
        }

        boolean awaitExit() throws InterruptedException {
            boolean exited = process.waitFor(60, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            lines.drainTo(output);
            return exited;
        }

        String output() {
            return String.join("\n", output);
        }
    }
}
