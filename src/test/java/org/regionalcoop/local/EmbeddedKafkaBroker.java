package org.regionalcoop.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller) inside this JVM.
 * Built from the broker's own classes rather than test jars, so its storage can persist between runs.
 * Public for fault tests that start a broker of their own to stop it.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final Path logDirectory;
    private final int brokerPort;
    private final int controllerPort;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path logDirectory, int brokerPort, int controllerPort) {
        this.server = server;
        this.logDirectory = logDirectory;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    public static EmbeddedKafkaBroker start(Path logDirectory) {
        return start(logDirectory, freePort(), freePort());
    }

    /**
     * On the ports a kept data directory remembers, so participants' systems configured with the broker's
     * address keep reaching it after a restart: {@code brokerPort} if not 0, else the remembered one, else a free
     * one, remembered in {@code ports} for the next run.
     */
    static EmbeddedKafkaBroker startKeepingPorts(Path logDirectory, Path ports, int brokerPort) {
        try {
            List<Integer> remembered = Files.exists(ports)
                    ? Arrays.stream(Files.readString(ports).trim().split("\\s+")).map(Integer::valueOf).toList()
                    : List.of();
            int broker = brokerPort != 0 ? brokerPort : remembered.isEmpty() ? freePort() : remembered.get(0);
            int controller = remembered.size() > 1 && remembered.get(1) != broker ? remembered.get(1) : freePort();
            Files.writeString(ports, broker + " " + controller + "\n");
            return start(logDirectory, broker, controller);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the broker's ports in " + ports, e);
        }
    }

    /** After {@link #close()}: the same broker back on its ports and storage, as after an outage. */
    public EmbeddedKafkaBroker startAgain() {
        return start(logDirectory, brokerPort, controllerPort);
    }

    private static EmbeddedKafkaBroker start(Path logDirectory, int brokerPort, int controllerPort) {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", String.valueOf(NODE_ID));
        properties.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", logDirectory.toString());
        properties.put("num.partitions", "3");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "3");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("auto.create.topics.enable", "false");
        // The cleaner's default 128 MB dedupe buffer would dominate the heap of a local run.
        properties.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        properties.put("log.cleaner.threads", "1");
        properties.put("num.network.threads", "2");
        properties.put("num.io.threads", "2");
        properties.put("background.threads", "2");
        KafkaConfig config = KafkaConfig.fromProps(properties, false);
        format(logDirectory);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw e;
        }
        return new EmbeddedKafkaBroker(server, logDirectory, brokerPort, controllerPort);
    }

    private static void format(Path logDirectory) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDirectory.toString())
                    .addDirectory(logDirectory.toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka storage could not be formatted in " + logDirectory, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port for the embedded broker", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
