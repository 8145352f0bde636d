package org.regionalcoop.grants;

import org.regionalcoop.grants.internal.BudgetLedger;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformApplication;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.local.LocalInfrastructureInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances share one database, as replicas behind a load balancer do: awards raced through both
 * still never commit more than the budget, because the lock is the database's, not a JVM's.
 */
@PlatformTest
class BudgetLedgerTwoInstancesTest {

    @Autowired
    BudgetLedger ledger;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    GrantFixtures fixtures;

    @Test
    void awardsRacedThroughTwoInstancesNeverOvercommit() throws Exception {
        long programme = fixtures.isolatedProgramme("20000.00");
        transaction.executeWithoutResult(status -> ledger.award(programme, Money.of("19500.00"),
                new BudgetLedger.Cause(UUID.randomUUID(), null, null, null, "test", "earlier awards"), "amount"));

        try (ConfigurableApplicationContext second = secondInstance()) {
            LedgerRace.Instance other = new LedgerRace.Instance(second.getBean(BudgetLedger.class),
                    second.getBean(TransactionTemplate.class));
            assertThat(other.ledger()).isNotSameAs(ledger);

            LedgerRace.Outcome outcome = LedgerRace.run(programme, Collections.nCopies(200, Money.of("5.00")), 8,
                    List.of(new LedgerRace.Instance(ledger, transaction), other));

            assertThat(outcome.awarded()).as("500.00 left holds 100 awards of 5.00").hasSize(100);
            BudgetLedgerConcurrencyTest.assertInvariant(ledger, programme, "20000.00", outcome);
        }
        assertThat(ProcessEngines.getProcessEngines()).as("the first instance's engine outlives the second")
                .containsKey(ProcessEngines.NAME_DEFAULT).doesNotContainKey("secondInstance");
    }

    /**
     * A second platform instance on the same embedded database and broker: without a web server (a second servlet
     * context would break the webapps' static registries); with its own engine name, without a hyphen (the starter
     * ignores such a name, and a second "default" engine would replace the first in the engines' static registry);
     * with no job execution and no deployment (the first instance deployed the same models).
     */
    private static ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(PlatformApplication.class, WithoutWebServer.class)
                .profiles("local")
                .initializers(new LocalInfrastructureInitializer())
                .run("--spring.main.web-application-type=none",
                        "--camunda.bpm.process-engine-name=secondInstance",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.auto-deployment-enabled=false",
                        // The engine's REST API is served by the first instance; without a web server it has no path.
                        "--spring.autoconfigure.exclude=" + CamundaBpmRestJerseyAutoConfiguration.class.getName(),
                        "--platform.simulator.enabled=false",
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/public.pem",
                        "--spring.security.oauth2.resourceserver.jwt.audiences=" + PlatformTest.TOKEN_AUDIENCE);
    }

    /**
     * Boot enables web security only in a web application; the platform's filter chains still need its builder,
     * so the instance without a web server enables it itself. Not a {@code @Configuration}, so neither the
     * component scan nor this test's own context picks it up.
     */
    @EnableWebSecurity
    static class WithoutWebServer {
    }
}
