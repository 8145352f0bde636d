package org.regionalcoop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives each operation of the OpenAPI document the examples of {@code docs/examples/}, which the build packages
 * as {@value #LOCATION}: every {@code docs/examples/<operationId>/<name>.json} is an example of the operation's
 * request body, named after its file (Swagger UI offers the first by name), and
 * {@code docs/examples/<operationId>/responses/<status>.json} an example of that answer. A new operation gets its
 * examples by adding files, and what the documentation links to is what the document and its UI offer.
 * <p>
 * The problems every operation may answer are shared: {@code docs/examples/problems/<kind>.json} illustrates each
 * problem answer of its {@code status}, named after its kind ({@link #illustrateProblems}).
 */
@Component
class ApiExamples implements OpenApiCustomizer {

    static final String LOCATION = "api-examples";
    static final String PROBLEMS = "problems";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper json;
    private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver(ApiExamples.class.getClassLoader());

    ApiExamples(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void customise(OpenAPI api) {
        api.getPaths().values().forEach(path -> path.readOperations().forEach(this::attach));
    }

    private void attach(Operation operation) {
        String id = operation.getOperationId();
        if (operation.getRequestBody() != null) {
            give(operation.getRequestBody().getContent(), read(id + "/*.json"));
        }
        if (operation.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> answer : operation.getResponses().entrySet()) {
                give(answer.getValue().getContent(), read(id + "/responses/" + answer.getKey() + ".json"));
            }
        }
    }

    /**
     * Shows the problem examples of {@code docs/examples/problems/} in the operation's problem+json answers: each in the
     * answer of its status where the operation declares one, else in the default answer, unless only a body or
     * parameters the operation does not take could cause it (then it is not among its answers at all).
     */
    void illustrateProblems(OpenAPI api) {
        Map<String, Example> problems = read(PROBLEMS + "/*.json");
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> illustrate(operation, problems)));
    }

    private static void illustrate(Operation operation, Map<String, Example> problems) {
        ApiResponses answers = operation.getResponses();
        Map<String, Map<String, Example>> byAnswer = new LinkedHashMap<>();
        problems.forEach((kind, example) -> {
            String status = String.valueOf(((Map<?, ?>) example.getValue()).get("status"));
            String answer = answers.containsKey(status) ? status : ApiDocumentation.BY_SHAPE.contains(status) ? null : "default";
            if (answer != null) {
                byAnswer.computeIfAbsent(answer, key -> new LinkedHashMap<>()).put(kind, example);
            }
        });
        byAnswer.forEach((status, examples) -> {
            Content content = answers.get(status).getContent();
            // An operation's own example of the answer (docs/examples/<operationId>/responses/) says more.
            if (content != null && content.containsKey(PROBLEM_JSON) && content.get(PROBLEM_JSON).getExamples() == null) {
                content.get(PROBLEM_JSON).setExamples(new LinkedHashMap<>(examples));
            }
        });
    }

    private static void give(Content content, Map<String, Example> examples) {
        if (content != null && !examples.isEmpty()) {
            content.values().forEach(media -> media.setExamples(new LinkedHashMap<>(examples)));
        }
    }

    /** The examples the pattern finds under {@value #LOCATION}, by name in file-name order. */
    private Map<String, Example> read(String pattern) {
        Map<String, Example> examples = new LinkedHashMap<>();
        try {
            Resource[] files = resources.getResources("classpath*:" + LOCATION + "/" + pattern);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                String name = file.getFilename().substring(0, file.getFilename().length() - ".json".length());
                try (InputStream in = file.getInputStream()) {
                    examples.put(name, new Example().summary(name).value(json.readValue(in, Object.class)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The examples " + LOCATION + "/" + pattern + " could not be read", e);
        }
        return examples;
    }
}
