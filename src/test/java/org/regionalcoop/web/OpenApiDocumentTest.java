package org.regionalcoop.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.tasks.TaskConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /**
     * Every object the API answers with says which of its properties are always there; the others are those that
     * may be null (and say so) or left out. ApiContract holds every answer of the integration tests to it.
     */
    @Test
    void answersSayWhichPropertiesAreAlwaysThereAndWhichMayBeNull() throws IOException {
        JsonNode document = document();
        JsonNode schemas = document.path("components").path("schemas");
        List<String> answered = new ArrayList<>();
        document.path("paths").forEach(path -> path.forEach(operation -> operation.path("responses").fields()
                .forEachRemaining(answer -> {
                    if (answer.getKey().startsWith("2")) {
                        answered.addAll(references(answer.getValue(), schemas));
                    }
                })));

        assertThat(answered).contains("Agreement", "Grant", "StaffTask", "Government", "Settlement");
        assertThat(answered).allSatisfy(name -> assertThat(texts(schemas.path(name).path("required"))).as(name).isNotEmpty());
        JsonNode agreement = schemas.path("Agreement");
        assertThat(texts(agreement.path("required")))
                .containsExactlyInAnyOrder("id", "initiator", "status", "current", "proposedBy", "proposedAt");
        assertThat(texts(agreement.path("properties").path("renewalOf").path("type"))).containsExactlyInAnyOrder("string", "null");
        assertThat(texts(schemas.path("TaskDetail").path("required"))).contains("id", "agreement").doesNotContain("assignee");
        assertThat(texts(schemas.path("Grant").path("required"))).contains("id", "status").doesNotContain("awardedAmount");
        assertThat(texts(schemas.path("Grant").path("properties").path("awardedAmount").path("type"))).contains("null");
        assertThat(texts(schemas.path("Settlement").path("required"))).contains("status").doesNotContain("arbitration");
        // Left out rather than null: not required, and no null to allow.
        assertThat(texts(schemas.path("Government").path("required"))).contains("code").doesNotContain("parent", "plate");
        assertThat(texts(schemas.path("Government").path("properties").path("parent").path("type"))).doesNotContain("null");
    }

    /**
     * An operation whose code can refuse the caller's role (ForbiddenException: 403) or find the task taken
     * (TaskConflictException: 409) declares that answer with its problem example, not only under default. What it
     * can throw is found by following its calls through the platform's classes.
     */
    @Test
    void operationsDeclareTheRefusalsTheirCodeCanAnswer() throws IOException {
        JsonNode document = document();
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").forEach(path -> path.forEach(operation ->
                operations.put(operation.path("operationId").asText(), operation.path("responses"))));
        JavaClasses platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.regionalcoop");
        Map<String, String> refusals = Map.of(ForbiddenException.class.getName(), "403",
                TaskConflictException.class.getName(), "409");
        List<String> undeclared = new ArrayList<>();
        List<String> found = new ArrayList<>();
        platform.stream().filter(type -> type.isAnnotatedWith(RestController.class))
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(io.swagger.v3.oas.annotations.Operation.class))
                .forEach(method -> {
                    String id = method.getAnnotationOfType(io.swagger.v3.oas.annotations.Operation.class).operationId();
                    for (String thrown : thrownBy(method)) {
                        String status = refusals.get(thrown);
                        if (status != null) {
                            found.add(id + " " + status);
                            JsonNode answer = operations.getOrDefault(id, NullNode.getInstance()).path(status);
                            if (answer.path("content").path("application/problem+json").path("examples").isEmpty()) {
                                undeclared.add(id + " can answer " + status);
                            }
                        }
                    }
                });

        assertThat(found).contains("claimTask 409", "reviseAgreement 403");
        assertThat(undeclared).isEmpty();
        // springdoc drops the success answer of a method that declares another answer and no @ResponseStatus.
        assertThat(operations).allSatisfy((id, responses) -> assertThat(responses.fieldNames()).toIterable().as(id)
                .anySatisfy(status -> assertThat(status).startsWith("2")));
    }

    /** The platform's exceptions the method creates, or any method it calls in the platform's classes, however deep. */
    private static Set<String> thrownBy(JavaMethod handler) {
        Set<String> thrown = new TreeSet<>();
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> open = new ArrayDeque<>(List.of(handler));
        while (!open.isEmpty()) {
            JavaCodeUnit unit = open.pop();
            if (!seen.add(unit)) {
                continue;
            }
            unit.getConstructorCallsFromSelf().forEach(call -> {
                if (call.getTargetOwner().isAssignableTo(RuntimeException.class)) {
                    thrown.add(call.getTargetOwner().getName());
                }
            });
            unit.getCallsFromSelf().forEach(call -> call.getTarget().resolveMember().ifPresent(target -> {
                if (target.getOwner().getPackageName().startsWith("org.regionalcoop")) {
                    open.push(target);
                }
            }));
        }
        return thrown;
    }

    /** The names of the schemas the node refers to, and of those they refer to in turn. */
    private static List<String> references(JsonNode node, JsonNode schemas) {
        List<String> names = new ArrayList<>();
        List<JsonNode> open = new ArrayList<>(List.of(node));
        while (!open.isEmpty()) {
            JsonNode next = open.remove(open.size() - 1);
            for (JsonNode reference : next.findValues("$ref")) {
                String name = reference.asText().substring(reference.asText().lastIndexOf('/') + 1);
                if (!names.contains(name)) {
                    names.add(name);
                    open.add(schemas.path(name));
                }
            }
        }
        return names;
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
