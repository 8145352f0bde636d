package org.regionalcoop.local;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One application instance in a JVM of its own, against a PostgreSQL and a broker it shares with the other
 * instances, as replicas on Kubernetes would. Its output goes to {@code instance-<n>.log}. Public for the
 * fault drills, which kill it and start it again on the same port.
 */
public final class PlatformInstance implements AutoCloseable {

    /** Generous: on a shared 2-core machine under load a start has taken over 4 minutes. */
    private static final Duration STARTUP = Duration.ofMinutes(8);

    private final String name;
    private final List<String> command;
    private final Path directory;
    private final Path log;
    private final int port;
    private volatile Process process;

    private PlatformInstance(String name, List<String> command, Path directory, Path log, int port) {
        this.name = name;
        this.command = List.copyOf(command);
        this.directory = directory;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the instance and waits until it is ready. Start instances one after another: two engines
     * creating the engine's schema in an empty database at the same moment would collide.
     */
    public static PlatformInstance start(String name, Path directory, String jdbcUrl, String bootstrapServers,
                                         List<String> settings) throws IOException, InterruptedException {
        int port = freePort();
        Path log = directory.resolve(name + ".log");
        List<String> command = java("640m");
        command.addAll(List.of(LocalPlatform.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                "--spring.datasource.password=",
                // Its sessions are told apart from another instance's in pg_stat_activity (the crash drill waits
                // for a killed instance's to be gone).
                "--spring.datasource.hikari.data-source-properties.ApplicationName=" + name,
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                // The drills count every agreement they drive.
                "--platform.local.demo-agreements=false",
                // Job logs name the instance that ran each job.
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        command.addAll(settings);
        Files.deleteIfExists(log);
        PlatformInstance instance = new PlatformInstance(name, command, directory, log, port);
        instance.launch();
        return instance;
    }

    /**
     * After {@link #kill()}: the same instance again, on its port and with its settings, so clients find it
     * where it was; waits until it is ready. Its output is appended to the same log.
     */
    public void startAgain() throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch();
    }

    private void launch() throws IOException, InterruptedException {
        process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            awaitReady();
        } catch (IOException | InterruptedException | RuntimeException notReady) {
            close();
            throw notReady;
        }
    }

    /** SIGKILL, as a crashed node or an OOM kill would end it: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " died while starting; see " + log + ":\n" + tail());
            }
            try {
                HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the web server is not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready within " + STARTUP + "; see " + log + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Stops it as Kubernetes would: SIGTERM, a graceful shutdown, and SIGKILL only if that hangs. */
    @Override
    public void close() throws InterruptedException {
        Process running = process;
        running.destroy();
        if (!running.waitFor(60, TimeUnit.SECONDS)) {
            running.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Surefire and failsafe hand over a manifest-only jar as the class path, so take the real entries. */
    /**
     * The command line of a JVM of the platform's, up to its main class: with this heap, the tests' class path, and
     * the options of {@code -Dinstance.jvm-options} (the build passes {@code -XX:TieredStopAtLevel=1}: an instance a
     * test starts lives for minutes, and without the optimising compiler it starts on half the CPU).
     */
    static List<String> java(String maxHeap) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:+UseSerialGC", "-Xmx" + maxHeap, "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        Arrays.stream(System.getProperty("instance.jvm-options", "").split(" "))
                .filter(option -> !option.isBlank())
                .forEach(command::add);
        command.addAll(List.of("-cp", classPath()));
        return command;
    }

    private static String classPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
