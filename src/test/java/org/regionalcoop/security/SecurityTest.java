package org.regionalcoop.security;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class SecurityTest {

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void anonymousCallsToThePlatformApiGetAnUnauthorizedProblem() {
        ResponseEntity<Map> response = anonymous.getForEntity("/api/organizations/governments", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.getBody()).containsEntry("status", 401);
    }

    @Test
    void anonymousCallsToTheEngineRestApiAreUnauthorized() {
        assertThat(anonymous.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anonymousCallsToTheWebappApiAreUnauthorized() {
        assertThat(anonymous.getForEntity("/camunda/api/engine/engine/default/process-definition", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        // A login of its own: the engine delays a login after a failed attempt, which would slow other tests.
        assertThat(anonymous.withBasicAuth("ln-sy.coordinator", "wrong")
                .getForEntity("/api/organizations/governments", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDemoCoordinatorReadsTheRegistry() {
        assertThat(anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/api/organizations/governments", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theEngineSeesTheCallerSoItsAuthorizationsApply() {
        TestRestTemplate coordinator = anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD);
        TestRestTemplate admin = anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD);

        List<?> seenByCoordinator = coordinator.getForObject("/engine-rest/process-definition?maxResults=100", List.class);
        List<?> seenByAdmin = admin.getForObject("/engine-rest/process-definition?maxResults=100", List.class);

        assertThat(seenByAdmin).isNotEmpty();
        assertThat(seenByCoordinator).isEmpty();
    }

    @Test
    void operationalEndpointsOtherThanHealthNeedAnAdministrator() {
        assertThat(anonymous.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void demoLoginsCoverEveryRoleOfEveryGovernment() {
        assertThat(anonymous.withBasicAuth("hn-pca.reviewer", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/api/organizations/governments/HN-PCA", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(anonymous.withBasicAuth("js-nj.finance_officer", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/api/organizations/governments/JS-NJ", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
