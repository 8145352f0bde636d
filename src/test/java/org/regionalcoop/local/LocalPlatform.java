package org.regionalcoop.local;

import org.regionalcoop.PlatformApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The one-command local run ({@code ./mvnw spring-boot:test-run}): the platform with the local profile
 * on an embedded PostgreSQL and an in-process Kafka broker. It lives in test scope so the production
 * jar carries no embedded servers.
 */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(PlatformApplication.class)
                .profiles("local")
                .initializers(new LocalInfrastructureInitializer())
                .listeners(new StartupSummary(), new DemoStart())
                .run(args);
    }
}
