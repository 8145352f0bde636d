package org.regionalcoop.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated OpenAPI document and its UI need a login like the API. The document is written to
 * target/openapi.json, where `./mvnw verify` lints it with @redocly/cli.
 */
@PlatformTest
class OpenApiDocumentTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ObjectMapper json;

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
    void valuesAreDescribedAsTheyTravel() throws IOException {
        JsonNode schemas = document().path("components").path("schemas");
        JsonNode content = schemas.path("AgreementContent");

        assertThat(texts(content.path("properties").path("mode").path("enum")))
                .containsExactly("bottom-up", "top-down", "counterpart-support", "horizontal");
        assertThat(texts(content.path("properties").path("fields").path("items").path("enum"))).contains("disaster-prevention");
        assertThat(schemas.path("CostShare").path("properties").path("percent").path("type").asText()).isEqualTo("string");
        assertThat(schemas.path("Contribution").path("properties").path("percent").path("type").asText()).isEqualTo("string");
        assertThat(content.path("properties").path("defectionPenalty").path("pattern").asText()).isEqualTo(WireFormats.AMOUNT);
        assertThat(schemas.findValues("enum")).allSatisfy(values -> assertThat(texts(values))
                .allSatisfy(value -> assertThat(value).doesNotContainPattern("[A-Z_]{2,}")));
    }

    /** A proposal is the same content whether staff post it or an initiator's system sends it as an event. */
    @Test
    void aProposalsContentIsTheContentOfTheProposalEvent() throws IOException {
        JsonNode api = document().path("components").path("schemas").path("AgreementContent");
        JsonNode event = json.readTree(new ClassPathResource("kafka/schemas/agreement.proposal-submitted.v1.json").getInputStream())
                .path("properties").path("content");

        assertThat(texts(api.path("required"))).containsExactlyInAnyOrderElementsOf(
                texts(event.path("required")).stream().filter(field -> !field.equals("supportRequests")).toList());
        event.path("properties").fields().forEachRemaining(property -> {
            JsonNode expected = property.getValue();
            JsonNode actual = api.path("properties").path(property.getKey());
            assertThat(actual.isMissingNode()).as(property.getKey()).isFalse();
            for (String facet : List.of("maxLength", "minLength", "minItems", "enum")) {
                if (expected.has(facet)) {
                    assertThat(actual.get(facet)).as(property.getKey() + " " + facet).isEqualTo(expected.get(facet));
                }
            }
            if (expected.path("items").has("enum")) {
                assertThat(actual.path("items").path("enum")).as(property.getKey()).isEqualTo(expected.path("items").path("enum"));
            }
        });
    }

    private JsonNode document() throws IOException {
        return json.readTree(anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD)
                .getForObject("/v3/api-docs", String.class));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
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
