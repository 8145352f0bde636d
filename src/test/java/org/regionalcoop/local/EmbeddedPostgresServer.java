package org.regionalcoop.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * A real PostgreSQL server from the binaries zonky ships in a jar. Its own shutdown hook is off:
 * the Spring context closes it after the engine has flushed, otherwise closing waits on a dead pool.
 * Public for the fault drills, which stop it and start it again under load.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    static final String DATABASE = "postgres";
    /** Libraries to preload, e.g. {@code pg_stat_statements} for the benchmark's statement counts; unset in tests. */
    static final String PRELOAD_PROPERTY = "platform.local.postgres.preload";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean keepData;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean keepData) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.keepData = keepData;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory, boolean keepData) {
        return start(dataDirectory, keepData, 0);
    }

    /**
     * After {@link #close()}: the same server back on its port and data directory, as after a restart of the
     * database. Only for a server that keeps its data: closing the others deletes it.
     */
    public EmbeddedPostgresServer startAgain() {
        if (!keepData) {
            throw new IllegalStateException("A server started without keeping its data cannot start again on it");
        }
        return start(dataDirectory, true, postgres.getPort());
    }

    /** @param port 0 for a free one */
    private static EmbeddedPostgresServer start(Path dataDirectory, boolean keepData, int port) {
        try {
            Files.createDirectories(dataDirectory);
            if (keepData) {
                LeftoverPostgres.stopIn(dataDirectory);
            }
            Path binaries = dataDirectory.getParent().resolve("postgres-binaries");
            Files.createDirectories(binaries);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            String preload = System.getProperty(PRELOAD_PROPERTY);
            if (preload != null) {
                builder.setServerConfig("shared_preload_libraries", preload);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .start();
            return new EmbeddedPostgresServer(postgres, dataDirectory, keepData);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    /** The postmaster's process id, read from its pid file, so callers can prove it is gone. */
    static OptionalLong postmasterPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops the server ({@code pg_ctl stop -m fast}: open sessions are ended, their transactions rolled back). */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
