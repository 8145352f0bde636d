package org.regionalcoop.web;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated OpenAPI document and its UI need a login like the API. The document is written to
 * target/openapi.json, where `./mvnw verify` lints it with @redocly/cli.
 */
@PlatformTest
class OpenApiDocumentTest {

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void theDocumentDescribesTheApiAndIsWrittenForTheLinter() throws IOException {
        ResponseEntity<String> document = anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/v3/api-docs", String.class);

        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(document.getBody()).contains("\"/api/tasks/{id}/complete\"", "\"basicAuth\"", "\"bearerAuth\"",
                "\"bearerFormat\":\"JWT\"", "application/problem+json");
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("openapi.json"), document.getBody());
    }

    @Test
    void theDocumentAndItsUiNeedALogin() {
        assertThat(anonymous.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.withBasicAuth("js.coordinator", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
