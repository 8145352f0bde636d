package org.regionalcoop;

import org.regionalcoop.coverage.ProcessCoverageRecorder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regionalcoop.local.LocalInfrastructureInitializer;
import org.regionalcoop.web.ApiContract;
import org.regionalcoop.web.ApiContractExtension;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

/**
 * An integration test on the whole platform: real embedded PostgreSQL, real in-process Kafka broker,
 * a random HTTP port, the local profile's demo logins. All such tests share one application context
 * and one set of servers per JVM. The engine in it records what processes run, for {@link ProcessTest}s, and the
 * traces tests begin are kept in {@link RecordedSpans}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Bearer tokens signed with the test key pair in src/test/resources/jwt/, as an identity provider would issue.
        "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/public.pem",
        "spring.security.oauth2.resourceserver.jwt.audiences=" + PlatformTest.TOKEN_AUDIENCE,
        // Short pauses before an inbound record is retried, so the fault tests see several retries quickly.
        "platform.events.inbound.retry-interval=PT0.1S", "platform.events.inbound.max-backoff=PT1S",
        // The relay retries soon after a broker outage, so the outage tests see the backlog drain quickly.
        "platform.events.relay.max-backoff=PT2S",
        // Consumer-lag figures are measured again after half a second, not ten: the lag test reads them three times.
        "platform.events.inbound.lag.fresh-for=PT0.5S",
        // A client throttled for failed logins waits longer than any test runs, so LoginThrottlingTest's outcome
        // does not depend on how fast the machine is.
        "platform.security.login-throttle.first-pause=PT10M",
        // The local profile's simulator would answer the tests' ballots; SimulatorTest runs its own.
        "platform.simulator.enabled=false",
        // Traces are recorded (RecordedSpans) only when a test begins one with a sampled traceparent.
        "management.tracing.sampling.probability=0"})
@ActiveProfiles("local")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
@Import({ProcessCoverageRecorder.class, EngineStatements.class, RecordedSpans.class, ApiContract.class})
@ExtendWith(ApiContractExtension.class)
public @interface PlatformTest {

    String DEMO_PASSWORD = "demo";
    /** How long a test waits for asynchronous work (the relay, the broker, the engine's jobs) before it fails. */
    Duration PATIENCE = Duration.ofSeconds(60);
    String TOKEN_ISSUER = "https://identity.example.test/realms/cooperation";
    String TOKEN_AUDIENCE = "regional-cooperation-platform";
}
