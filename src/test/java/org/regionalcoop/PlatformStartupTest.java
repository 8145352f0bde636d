package org.regionalcoop;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class PlatformStartupTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TestRestTemplate http;

    @Test
    void deploysEveryModelUnderBpmn() throws IOException {
        List<String> models;
        try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
            models = files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
                    .toList();
        }
        assertThat(models).isNotEmpty();

        List<String> deployed = repositoryService.createDeploymentQuery().list().stream()
                .flatMap(deployment -> repositoryService.getDeploymentResources(deployment.getId()).stream())
                .map(Resource::getName)
                .map(name -> name.substring(name.lastIndexOf('/') + 1))
                .toList();
        assertThat(deployed).containsAll(models);
    }

    @Test
    void isReadyWithDatabaseAndBrokerUp() {
        ResponseEntity<Map> readiness = http.getForEntity("/actuator/health/readiness", Map.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).containsEntry("status", "UP");

        ResponseEntity<Map> health = http.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/actuator/health", Map.class);
        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.getBody().get("components");
        assertThat(components.get("db")).containsEntry("status", "UP");
        assertThat(components.get("kafka")).containsEntry("status", "UP");
    }

    @Test
    void exposesPrometheusMetricsToAdministrators() {
        ResponseEntity<String> metrics = http.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("hikaricp_connections_active", "application=\"regional-cooperation-platform\"");
    }
}
