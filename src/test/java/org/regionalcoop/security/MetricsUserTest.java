package org.regionalcoop.security;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The metrics user reads /actuator/prometheus and nothing an administrator or a member of staff may. */
@PlatformTest
class MetricsUserTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    IdentityService identityService;

    @Test
    void scrapesMetricsButReadsNoOtherOperationalEndpointNorAnyEngineData() {
        new MetricsUser(new MetricsUserProperties("metrics.scraper", "scrape-1"), identityService).run(null);
        TestRestTemplate scraper = anonymous.withBasicAuth("metrics.scraper", "scrape-1");

        assertThat(scraper.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scraper.getForEntity("/actuator/metrics", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(scraper.getForEntity("/api/monitoring/agreements", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(scraper.getForObject("/engine-rest/process-definition?maxResults=100", List.class)).isEmpty();
    }

    @Test
    void aRotatedPasswordReplacesTheOldOneAtTheNextStart() {
        new MetricsUser(new MetricsUserProperties("metrics.rotated", "before"), identityService).run(null);
        new MetricsUser(new MetricsUserProperties("metrics.rotated", "after"), identityService).run(null);

        // The new password first: a failed login delays the next attempt of the same user.
        assertThat(anonymous.withBasicAuth("metrics.rotated", "after").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.withBasicAuth("metrics.rotated", "before").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(identityService.createUserQuery().memberOfGroup(MetricsUser.GROUP).userId("metrics.rotated").count())
                .isEqualTo(1);
    }

    @Test
    void anIdWithoutAPasswordStopsTheStart() {
        assertThatThrownBy(() -> new MetricsUser(new MetricsUserProperties("metrics.scraper", " "), identityService))
                .hasMessageContaining("PLATFORM_SECURITY_METRICS_USER_PASSWORD");
    }
}
