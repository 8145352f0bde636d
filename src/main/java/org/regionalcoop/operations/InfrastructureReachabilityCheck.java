package org.regionalcoop.operations;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Before any bean starts, tries the database and the broker once, so an unreachable server is
 * reported in one sentence naming it and its setting, not in a cascade of pool and client errors.
 */
class InfrastructureReachabilityCheck implements ApplicationListener<ApplicationPreparedEvent> {

    private static final int TIMEOUT_SECONDS = 5;

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        if (!environment.getProperty("platform.startup.check-infrastructure", Boolean.class, true)) {
            return;
        }
        checkDatabase(environment);
        checkBroker(environment);
    }

    private static void checkDatabase(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null) {
            return;
        }
        Properties credentials = new Properties();
        putIfPresent(credentials, "user", environment.getProperty("spring.datasource.username"));
        putIfPresent(credentials, "password", environment.getProperty("spring.datasource.password"));
        credentials.put("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        credentials.put("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
        try (Connection ignored = DriverManager.getConnection(url, credentials)) {
            // reachable and the credentials work
        } catch (SQLException e) {
            throw new InfrastructureUnreachableException("PostgreSQL at " + withoutParameters(url)
                    + " could not be reached: " + e.getMessage(), "SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD");
        }
    }

    private static void checkBroker(Environment environment) {
        String servers = environment.getProperty("spring.kafka.bootstrap-servers", "localhost:9092");
        List<String> addresses = Arrays.stream(servers.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        IOException last = null;
        for (String address : addresses) {
            int colon = address.lastIndexOf(':');
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))),
                        TIMEOUT_SECONDS * 1000);
                return;
            } catch (IOException e) {
                last = e;
            } catch (RuntimeException e) {
                throw new InfrastructureUnreachableException("Kafka bootstrap server '" + address + "' is not host:port",
                        "SPRING_KAFKA_BOOTSTRAP_SERVERS");
            }
        }
        throw new InfrastructureUnreachableException("Kafka broker at " + servers + " could not be reached: "
                + (last == null ? "no address given" : last.getMessage()), "SPRING_KAFKA_BOOTSTRAP_SERVERS");
    }

    private static void putIfPresent(Properties properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }

    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
