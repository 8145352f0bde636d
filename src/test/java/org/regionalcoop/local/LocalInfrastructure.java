package org.regionalcoop.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The embedded PostgreSQL and Kafka broker, started once per JVM and shared by every application
 * context in it (tests cache several). Each context holds a lease; the last one out stops the servers.
 * A server is started only when no external one is configured.
 */
final class LocalInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(LocalInfrastructure.class);

    private static LocalInfrastructure running;
    private static int leases;

    private final Path root;
    private final boolean keepData;
    private final EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;

    private LocalInfrastructure(Path root, boolean keepData, EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) {
        this.root = root;
        this.keepData = keepData;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /**
     * @param dataDirectory where data survives between runs; {@code null} for a throw-away directory
     */
    static synchronized LocalInfrastructure acquire(String dataDirectory, int kafkaPort, boolean needPostgres,
                                                    boolean needKafka) {
        if (running == null) {
            running = start(dataDirectory, kafkaPort, needPostgres, needKafka);
        }
        leases++;
        return running;
    }

    static synchronized void release() {
        if (--leases == 0 && running != null) {
            running.stop();
            running = null;
        }
    }

    /** @param kafkaPort the broker's port; 0 for a free one, kept between runs on a kept data directory */
    private static LocalInfrastructure start(String dataDirectory, int kafkaPort, boolean needPostgres, boolean needKafka) {
        boolean keepData = dataDirectory != null && !dataDirectory.isBlank();
        Path root = keepData
                ? Path.of(dataDirectory).toAbsolutePath()
                : Path.of(System.getProperty("java.io.tmpdir"), "local-infrastructure", UUID.randomUUID().toString());
        long started = System.nanoTime();
        EmbeddedPostgresServer postgres = needPostgres ? EmbeddedPostgresServer.start(root.resolve("postgres"), keepData) : null;
        EmbeddedKafkaBroker kafka;
        try {
            kafka = !needKafka ? null : keepData || kafkaPort != 0
                    ? EmbeddedKafkaBroker.startKeepingPorts(root.resolve("kafka"), root.resolve("kafka-ports"), kafkaPort)
                    : EmbeddedKafkaBroker.start(root.resolve("kafka"));
        } catch (RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
        log.info("Embedded infrastructure up in {} ms under {} (PostgreSQL: {}, Kafka: {})",
                (System.nanoTime() - started) / 1_000_000, root,
                postgres == null ? "external" : postgres.jdbcUrl(), kafka == null ? "external" : kafka.bootstrapServers());
        return new LocalInfrastructure(root, keepData, postgres, kafka);
    }

    private void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (!keepData) {
            try {
                FileSystemUtils.deleteRecursively(root);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not remove " + root, e);
            }
        }
        log.info("Embedded infrastructure stopped");
    }

    /** Stops the broker, runs the body while it is away, and starts it again on its ports and storage. */
    static synchronized void withoutBroker(Runnable body) {
        if (running == null || running.kafka == null) {
            throw new IllegalStateException("No embedded broker is running");
        }
        running.kafka.close();
        try {
            body.run();
        } finally {
            running.kafka = running.kafka.startAgain();
        }
    }

    String jdbcUrl() {
        return postgres == null ? null : postgres.jdbcUrl();
    }

    String bootstrapServers() {
        return kafka == null ? null : kafka.bootstrapServers();
    }

    Path root() {
        return root;
    }
}
