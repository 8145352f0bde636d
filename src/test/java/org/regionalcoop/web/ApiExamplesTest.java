package org.regionalcoop.web;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document's examples are the files of {@code docs/examples/} ({@link ApiExamples}): every operation
 * that takes a body has one, each is valid by the document's own schemas, and no file is left over that no
 * operation would show.
 */
@PlatformTest
class ApiExamplesTest {

    private static final Path EXAMPLES = Path.of("docs", "examples");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ObjectMapper json;

    private JsonNode document;
    private String served;

    @BeforeEach
    void readTheDocument() throws IOException {
        served = anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD).getForObject("/v3/api-docs", String.class);
        document = json.readTree(served);
    }

    @Test
    void everyOperationWithABodyHasAnExampleTheDocumentAccepts() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(served).build();
        List<String> withoutExample = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int checked = 0;
        for (Operation operation : operations()) {
            JsonNode body = operation.definition().path("requestBody");
            if (body.isMissingNode()) {
                continue;
            }
            JsonNode examples = body.path("content").path("application/json").path("examples");
            if (examples.isEmpty()) {
                withoutExample.add(operation + " (add docs/examples/" + operation.id() + "/<name>.json)");
                continue;
            }
            for (Map.Entry<String, JsonNode> example : examples.properties()) {
                ValidationReport report = validator.validateRequest(request(operation, example.getValue().path("value").toString()));
                checked++;
                if (report.hasErrors()) {
                    refused.add(operation + " example " + example.getKey() + ": " + errors(report));
                }
            }
        }

        assertThat(withoutExample).as("operations whose body has no example").isEmpty();
        assertThat(refused).as("examples the document refuses").isEmpty();
        assertThat((long) checked).isPositive().isGreaterThanOrEqualTo(operations().stream()
                .filter(operation -> operation.definition().has("requestBody")).count());
    }

    @Test
    void theAnswersExamplesAreValidAnswers() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(served).build();
        List<String> refused = new ArrayList<>();
        for (Operation operation : operations()) {
            operation.definition().path("responses").properties().forEach(answer ->
                    answer.getValue().path("content").properties().forEach(media ->
                            media.getValue().path("examples").properties().forEach(example -> {
                                ValidationReport report = validator.validateResponse(operation.concretePath(),
                                        Request.Method.valueOf(operation.method()), SimpleResponse.Builder
                                                .status(status(answer.getKey(), example.getValue().path("value")))
                                                .withContentType(media.getKey())
                                                .withBody(example.getValue().path("value").toString()).build());
                                if (report.hasErrors()) {
                                    refused.add(operation + " answer " + answer.getKey() + " example " + example.getKey()
                                            + ": " + errors(report));
                                }
                            })));
        }
        assertThat(refused).isEmpty();
    }

    /** What the document shows is the file itself, and every file is shown: a misnamed folder fails here. */
    @Test
    void everyExampleFileIsShownByTheOperationItNames() throws IOException {
        Map<String, Operation> byId = operations().stream().collect(Collectors.toMap(Operation::id, operation -> operation));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            files = walk.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Path relative = EXAMPLES.relativize(file);
            String operationId = relative.getName(0).toString();
            if (operationId.equals(ApiExamples.PROBLEMS)) {
                continue;
            }
            assertThat(byId).as("%s names no operation of the document", file).containsKey(operationId);
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            JsonNode shown = shown(relative.getNameCount() == 2 ? byId.get(operationId).definition().path("requestBody")
                    : byId.get(operationId).definition().path("responses").path(name), name);
            assertThat(relative.getNameCount() == 2 || relative.getName(1).toString().equals("responses"))
                    .as("%s: request examples lie in the operation's folder, answers in its responses/", file).isTrue();
            assertThat(shown).as("%s as the document shows it", file).isEqualTo(json.readTree(file.toFile()));
        }
    }

    /**
     * Every problem answer of every operation shows the problems of {@code docs/examples/problems/} of its status, the
     * default answer those of a status the operation does not declare; each file as written, and each shown somewhere.
     */
    @Test
    void everyProblemAnswerShowsTheSharedProblemsOfItsStatus() throws IOException {
        Map<String, JsonNode> problems = new TreeMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES.resolve(ApiExamples.PROBLEMS))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                problems.put(file.getFileName().toString().replaceFirst("\\.json$", ""), json.readTree(file.toFile()));
            }
        }
        assertThat(problems.values()).extracting(problem -> problem.path("status").asInt())
                .contains(400, 401, 403, 404, 409, 413, 415, 500);
        List<String> unshown = new ArrayList<>(problems.keySet());
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            operation.definition().path("responses").properties().forEach(answer -> {
                JsonNode media = answer.getValue().path("content").path("application/problem+json");
                if (media.isMissingNode()) {
                    return;
                }
                if (media.path("examples").isEmpty()) {
                    wrong.add(operation + " answer " + answer.getKey() + " shows no problem");
                }
                media.path("examples").properties().forEach(example -> {
                    JsonNode shown = example.getValue().path("value");
                    int status = shown.path("status").asInt();
                    boolean declared = operation.definition().path("responses").has(String.valueOf(status));
                    if (answer.getKey().equals("default") ? declared : status != Integer.parseInt(answer.getKey())) {
                        wrong.add(operation + " answer " + answer.getKey() + " shows a " + status + " problem");
                    }
                    if (problems.containsKey(example.getKey()) && !shown.equals(problems.get(example.getKey()))) {
                        wrong.add(operation + " answer " + answer.getKey() + " shows " + example.getKey()
                                + " other than docs/examples/problems/ holds it");
                    }
                    unshown.remove(example.getKey());
                });
            });
        }
        assertThat(wrong).isEmpty();
        assertThat(unshown).as("problem examples no answer shows").isEmpty();
        problems.forEach((kind, problem) -> assertThat(problem.path("type").asText()).as("the type of %s", kind)
                .isEqualTo("https://regionalcoop.org/problems/" + kind));
        assertThat(problems.values()).filteredOn(problem -> problem.path("type").asText().endsWith("/invalid-request"))
                .isNotEmpty().allSatisfy(problem -> assertThat(problem.path("errors")).isNotEmpty()
                        .allSatisfy(error -> assertThat(error.path("field").asText()).isNotBlank()));
    }

    /** The examples are found by operation id, so the ids must be the ones written, not springdoc's numbered copies. */
    @Test
    void everyOperationIdIsChosenNotNumbered() {
        assertThat(operations()).extracting(Operation::id).allSatisfy(id -> assertThat(id).doesNotContainPattern("_\\d+$"))
                .doesNotHaveDuplicates();
    }

    /** The example of this name as the body or answer shows it, in whichever media type it is written. */
    private static JsonNode shown(JsonNode bodyOrAnswer, String name) {
        for (JsonNode media : bodyOrAnswer.path("content")) {
            if (media.path("examples").has(name)) {
                return media.path("examples").path(name).path("value");
            }
        }
        return MissingNode.getInstance();
    }

    /** An answer's status; an example of the default answer is checked as the status the problem it shows states. */
    private static int status(String answer, JsonNode example) {
        return answer.equals("default") ? example.path("status").asInt(400) : Integer.parseInt(answer);
    }

    private Request request(Operation operation, String body) {
        return new SimpleRequest.Builder(operation.method(), operation.concretePath())
                .withContentType("application/json").withBody(body).build();
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (method.getValue().has("operationId")) {
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    private static String errors(ValidationReport report) {
        return report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage()).collect(Collectors.joining("; "));
    }

    private record Operation(String method, String path, JsonNode definition) {

        String id() {
            return definition.path("operationId").asText();
        }

        /** The path with each parameter replaced by a value of its declared kind, so only the body is on trial. */
        String concretePath() {
            Map<String, String> values = new TreeMap<>();
            definition.path("parameters").forEach(parameter -> {
                if (parameter.path("in").asText().equals("path")) {
                    JsonNode schema = parameter.path("schema");
                    values.put(parameter.path("name").asText(), parameter.has("example") ? parameter.path("example").asText()
                            : schema.path("format").asText().equals("uuid") ? UUID.randomUUID().toString()
                            : schema.path("type").asText().matches("integer|number") ? "1" : "x");
                }
            });
            Matcher matcher = PATH_PARAMETER.matcher(path);
            StringBuilder concrete = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(concrete, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "x")));
            }
            return matcher.appendTail(concrete).toString();
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + id() + ")";
        }
    }
}
