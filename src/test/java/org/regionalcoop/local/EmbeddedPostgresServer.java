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
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    static final String DATABASE = "postgres";
    /** Libraries to preload, e.g. {@code pg_stat_statements} for the benchmark's statement counts; unset in tests. */
    static final String PRELOAD_PROPERTY = "platform.local.postgres.preload";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDirectory, boolean keepData) {
        try {
            Files.createDirectories(dataDirectory);
            Path binaries = dataDirectory.getParent().resolve("postgres-binaries");
            Files.createDirectories(binaries);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            String preload = System.getProperty(PRELOAD_PROPERTY);
            if (preload != null) {
                builder.setServerConfig("shared_preload_libraries", preload);
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
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    String jdbcUrl() {
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

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
