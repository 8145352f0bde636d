package org.regionalcoop.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A run killed outright (SIGKILL, a crash, a closed terminal) cannot stop its PostgreSQL, which keeps running on
 * the kept data directory, and the next start would fail on its lock file. Before a start on kept data, the
 * postmaster named by the directory's {@code postmaster.pid} is stopped, but only if it is a PostgreSQL serving
 * this very directory; a pid file whose process is gone, or now another program, is stale and removed. Each
 * step is printed, so whoever starts the platform knows what was done to their data.
 */
final class LeftoverPostgres {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private LeftoverPostgres() {
    }

    static void stopIn(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        OptionalLong pid = EmbeddedPostgresServer.postmasterPid(dataDirectory);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong());
        if (process.isEmpty() || !servesDirectory(pid.getAsLong(), dataDirectory)) {
            Files.deleteIfExists(pidFile);
            say("removed a stale postmaster.pid (process " + pid.getAsLong() + " is not a PostgreSQL on " + dataDirectory + ")");
            return;
        }
        say("found PostgreSQL (pid " + pid.getAsLong() + ") still running on " + dataDirectory
                + ", left by a run that did not stop; stopping it (smart shutdown: its sessions are gone) before starting");
        // SIGTERM: PostgreSQL's smart shutdown, which writes a checkpoint; the killed run's sessions are already closed.
        process.get().destroy();
        try {
            process.get().onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("PostgreSQL (pid " + pid.getAsLong() + ") on " + dataDirectory
                    + " did not stop within " + PATIENCE.toSeconds() + " s; stop it (kill -INT " + pid.getAsLong()
                    + ") and start again", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for PostgreSQL (pid " + pid.getAsLong() + ") to stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while PostgreSQL (pid " + pid.getAsLong() + ") stopped", e);
        }
        say("stopped it; its data is intact and the new PostgreSQL starts on it");
    }

    /** Linux names a process's arguments in /proc; a postmaster's include {@code -D <its data directory>}. */
    private static boolean servesDirectory(long pid, Path dataDirectory) {
        Path cmdline = Path.of("/proc", String.valueOf(pid), "cmdline");
        try {
            if (Files.exists(cmdline)) {
                String arguments = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ');
                return arguments.contains("postgres") && arguments.contains(dataDirectory.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + cmdline, e);
        }
        return ProcessHandle.of(pid).flatMap(process -> process.info().command())
                .filter(command -> command.contains("postgres")).isPresent();
    }

    private static void say(String what) {
        System.out.println("[local run] Embedded PostgreSQL: " + what);
    }
}
