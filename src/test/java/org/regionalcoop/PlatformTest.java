package org.regionalcoop;

import org.regionalcoop.coverage.ProcessCoverageRecorder;
import org.regionalcoop.local.LocalInfrastructureInitializer;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test on the whole platform: real embedded PostgreSQL, real in-process Kafka broker,
 * a random HTTP port, the local profile's demo logins. All such tests share one application context
 * and one set of servers per JVM. The engine in it records what processes run, for {@link ProcessTest}s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
@Import(ProcessCoverageRecorder.class)
public @interface PlatformTest {

    String DEMO_PASSWORD = "demo";
}
