package org.regionalcoop.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regionalcoop.PlatformApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** External mode with nothing listening: start-up stops with one sentence naming the server. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableInfrastructureTest {

    @Test
    void anUnreachableDatabaseIsNamedWithoutAStackTrace(CapturedOutput output) throws IOException {
        int port = closedPort();
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/platform";

        assertThatThrownBy(() -> runExternal(url, "127.0.0.1:" + closedPort())).isInstanceOf(InfrastructureUnreachableException.class)
                .hasMessageStartingWith("PostgreSQL at jdbc:postgresql://127.0.0.1:" + port + "/platform could not be reached");
        assertThat(output).contains("APPLICATION FAILED TO START", "PostgreSQL at jdbc:postgresql://127.0.0.1:" + port)
                .doesNotContain("\tat org.");
    }

    @Test
    void anUnreachableBrokerIsNamedWithoutAStackTrace(CapturedOutput output) throws IOException {
        int brokerPort = closedPort();
        // No database URL: the database check has nothing to try, so the broker check decides.
        assertThatThrownBy(() -> runExternal(null, "127.0.0.1:" + brokerPort)).isInstanceOf(InfrastructureUnreachableException.class)
                .hasMessageStartingWith("Kafka broker at 127.0.0.1:" + brokerPort + " could not be reached");
        assertThat(output).contains("APPLICATION FAILED TO START").doesNotContain("\tat org.");
    }

    /** The application as run in production: settings from the environment, no embedded servers. */
    private static void runExternal(String databaseUrl, String bootstrapServers) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.kafka.bootstrap-servers=" + bootstrapServers));
        if (databaseUrl != null) {
            args.add("--spring.datasource.url=" + databaseUrl);
        }
        new SpringApplicationBuilder(PlatformApplication.class).run(args.toArray(String[]::new));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
