package org.regionalcoop.drill;

import org.regionalcoop.local.EmbeddedKafkaBroker;
import org.regionalcoop.local.EmbeddedPostgresServer;
import org.regionalcoop.local.PlatformInstance;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a drill strikes at: one PostgreSQL, one broker and one application instance in a JVM of its own, in a
 * directory of the drill's (the instance's log stays there). Each server can be stopped and started again on its
 * port and data, the instance killed and started again on its port, so clients find them where they were.
 * Closing stops whatever runs, also when the drill failed half-way; a shutdown hook does the same on Ctrl-C.
 */
public final class DrillRig implements AutoCloseable {

    /** How long a lifecycle step may wait: longer than an instance takes to start again on a loaded machine. */
    public static final Duration PATIENCE = Duration.ofMinutes(10);
    /** The instance's setting that shortens every agreement's term. */
    public static final String TERM = "--platform.agreements.durations.term-override";

    private final Path directory;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread hook = new Thread(this::closeQuietly, "drill-rig-stop");
    private volatile EmbeddedPostgresServer postgres;
    private volatile boolean postgresUp;
    private volatile EmbeddedKafkaBroker kafka;
    private volatile boolean brokerUp;
    private volatile PlatformInstance instance;
    private volatile List<String> instanceSettings = List.of();
    private final List<PlatformInstance> others = new CopyOnWriteArrayList<>();

    private DrillRig(Path directory) {
        this.directory = directory;
    }

    /**
     * Starts the servers and the instance. The instance runs without the participant simulator (the drill's
     * driver plays the participants) and with terms ending 20 s after approval, so lifecycles run to closure, unless
     * the settings give the instance a term of their own ({@link #TERM}).
     */
    public static DrillRig start(Path directory, DrillSettings settings, ProgressLine progress)
            throws IOException, InterruptedException {
        DrillRig rig = new DrillRig(directory);
        Runtime.getRuntime().addShutdownHook(rig.hook);
        try {
            rig.postgres = EmbeddedPostgresServer.start(directory.resolve("postgres"), true);
            rig.postgresUp = true;
            rig.kafka = EmbeddedKafkaBroker.start(directory.resolve("kafka"));
            rig.brokerUp = true;
            List<String> instanceSettings = new ArrayList<>(List.of("--platform.simulator.enabled=false"));
            if (settings.instanceSettings().stream().noneMatch(setting -> setting.startsWith(TERM + "="))) {
                instanceSettings.add(TERM + "=PT20S");
            }
            instanceSettings.addAll(settings.instanceSettings());
            rig.instanceSettings = List.copyOf(instanceSettings);
            progress.say("PostgreSQL and broker up; starting the instance (log: %s)", directory.resolve("instance-1.log"));
            rig.instance = PlatformInstance.start("instance-1", directory, rig.postgres.jdbcUrl(),
                    rig.kafka.bootstrapServers(), instanceSettings);
            progress.say("instance ready at %s", rig.instance.baseUrl());
            return rig;
        } catch (IOException | InterruptedException | RuntimeException e) {
            rig.close();
            throw e;
        }
    }

    /** A driver of lifecycles against this rig's instance. */
    public Lifecycles lifecycles(String title, int threads) {
        return new Lifecycles(List.of(instance.baseUrl()), bootstrapServers(),
                new Lifecycles.Settings(title, threads, PATIENCE));
    }

    /** Waits for the outbox to drain, then checks every invariant. */
    public Invariants.Result checkInvariants() throws Exception {
        Invariants.awaitOutboxDrained(jdbcUrl(), PATIENCE);
        return Invariants.check(jdbcUrl(), bootstrapServers(), instance.baseUrl());
    }

    /** Incidents the engine ever created on this rig, so a drill can count its own. */
    public long incidentsCreated() throws SQLException {
        return Invariants.count(jdbcUrl(), "select count(*) from act_hi_incident");
    }

    public PlatformInstance instance() {
        return instance;
    }

    /**
     * Another instance with the same settings beside the first, as a second replica would run; it is stopped by
     * {@link #stopOther(PlatformInstance)} or when the rig closes.
     */
    public PlatformInstance startAnother(String name) throws IOException, InterruptedException {
        PlatformInstance other = PlatformInstance.start(name, directory, jdbcUrl(), bootstrapServers(), instanceSettings);
        others.add(other);
        return other;
    }

    /** The settings every instance of this rig starts with, the drill's own included. */
    public List<String> instanceSettings() {
        return instanceSettings;
    }

    public void stopOther(PlatformInstance other) throws InterruptedException {
        others.remove(other);
        other.close();
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public Path directory() {
        return directory;
    }

    /** Stops PostgreSQL ({@code pg_ctl stop -m fast}); its data stays for {@link #startPostgresAgain()}. */
    public void stopPostgres() {
        postgresUp = false;
        postgres.close();
    }

    public void startPostgresAgain() {
        postgres = postgres.startAgain();
        postgresUp = true;
    }

    /** Stops the broker; its logs stay for {@link #startBrokerAgain()}. */
    public void stopBroker() {
        brokerUp = false;
        kafka.close();
    }

    public void startBrokerAgain() {
        kafka = kafka.startAgain();
        brokerUp = true;
    }

    /** Stops the instance, then the broker and PostgreSQL, and removes their data; the instance's log stays. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // closing from the hook itself
        }
        try {
            for (PlatformInstance other : others) {
                other.close();
            }
            if (instance != null) {
                instance.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                if (brokerUp) {
                    kafka.close();
                }
            } finally {
                if (postgresUp) {
                    postgres.close();
                }
                deleteData();
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            System.err.println("Could not stop the drill's servers: " + e);
        }
    }

    private void deleteData() {
        try {
            FileSystemUtils.deleteRecursively(directory.resolve("postgres"));
            FileSystemUtils.deleteRecursively(directory.resolve("kafka"));
            FileSystemUtils.deleteRecursively(directory.resolve("postgres-binaries"));
        } catch (IOException e) {
            System.err.println("Could not remove the drill's data under " + directory + ": " + e);
        }
    }
}
