package org.regionalcoop.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The OpenAPI document of the platform API at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}.
 * It states what the controllers cannot: how callers authenticate and that every error is problem+json.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String BASIC = "basicAuth";
    private static final String BEARER = "bearerAuth";
    private static final String MONITORING = "/api/monitoring/";
    /** Answers an operation has only where its shape allows them: parameters or a body (400), an id (404), a body. */
    static final Set<String> BY_SHAPE = Set.of("400", "404", "413", "415");

    @Bean
    OpenAPI platformApi() {
        return new OpenAPI()
                .info(new Info().title("Regional cooperation platform API").version("v1")
                        .description("Agreements, their consensus and approval, and the staff task list. "
                                + "Every call needs a login; every error is an RFC 9457 problem+json body."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An engine user, or a demo login in the local profile"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("A token of the configured identity provider"))
                        .addSchemas(PROBLEM, problem()))
                // Relative, so the document and its UI work behind any host name or proxy.
                .addServersItem(new Server().url("/"))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Every operation can fail without a login, and any other error comes as a problem: the document says
     * so once here rather than on every controller method, with the answers the operation's shape allows (a
     * 400 where it takes a body, query parameters or an id that can be malformed, a 404 where its address names
     * something, a 413 and 415 where it takes a body; the 403 and 409 an operation's code can answer it declares
     * itself, and {@code OpenApiDocumentTest} finds them from its calls), each illustrated by the problem examples of
     * {@code docs/examples/problems/}. Operations without a summary get one from their method's name, so the UI lists
     * something readable.
     */
    @Bean
    OpenApiCustomizer problemResponses(ApiExamples examples) {
        return api -> {
            // Added again here: springdoc drops schemas that no operation referenced before this customizer ran.
            api.getComponents().addSchemas(PROBLEM, problem());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDocumentation::describe));
            // The security configuration lets administrators alone use the monitoring API.
            api.getPaths().forEach((address, path) -> path.readOperations().stream()
                    .filter(operation -> address.startsWith(MONITORING))
                    .forEach(operation -> operation.getResponses().computeIfAbsent("403", status ->
                            problemResponse("The caller is not an administrator, who alone use the monitoring API"))));
            examples.illustrateProblems(api);
        };
    }

    private static void describe(Operation operation) {
        ApiResponses responses = operation.getResponses();
        // An error an operation declares itself (@ApiResponse: its 403 or 409) is a problem like any other.
        responses.forEach((status, answer) -> {
            boolean problem = answer.getContent() != null && answer.getContent().containsKey(PROBLEM_JSON);
            if ((status.startsWith("4") || status.startsWith("5")) && !problem) {
                answer.setContent(problemResponse(answer.getDescription()).getContent());
            }
        });
        boolean body = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (body || parameters.stream().anyMatch(ApiDocumentation::mayBeMalformed)) {
            responses.computeIfAbsent("400", status -> problemResponse("A value of the body or a parameter breaks a rule, "
                    + "or the body is not JSON; every bad field is named in errors and nothing is done"));
        }
        responses.computeIfAbsent("401", status -> problemResponse("No valid login"));
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            responses.computeIfAbsent("404", status -> problemResponse("Nothing at this address, or nothing the caller "
                    + "may see: the two look the same"));
        }
        if (body) {
            responses.computeIfAbsent("413", status -> problemResponse("The body is larger than the platform accepts "
                    + "(platform.web.max-request-body)"));
            responses.computeIfAbsent("415", status -> problemResponse("The body is not application/json"));
        }
        responses.computeIfAbsent("default", status -> problemResponse("The request failed otherwise, e.g. the "
                + "platform could not answer (500) or too many logins were tried (429); the problem's type says why"));
        if (operation.getSummary() == null) {
            operation.setSummary(summary(operation));
        }
    }

    /** A query parameter, or a path parameter that is more than any text: an id, a number, a code of a pattern. */
    private static boolean mayBeMalformed(Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        // OpenAPI 3.1 schemas name their type in a set, 3.0 ones in a field.
        boolean text = schema != null && ("string".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().equals(Set.of("string")));
        return "query".equals(parameter.getIn()) || !text || schema.getFormat() != null || schema.getPattern() != null;
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problemRef())));
    }

    private static Schema<?> problemRef() {
        return new Schema<>().$ref("#/components/schemas/" + PROBLEM);
    }

    private static String summary(Operation operation) {
        String words = operation.getOperationId().replaceAll("_\\d+$", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem; invalid input names each bad field in errors")
                // RFC 9457 extension members, e.g. the unknown government's code.
                .additionalProperties(true)
                .addProperty("type", new StringSchema().format("uri")
                        .description("the kind of error, a stable URI to switch on; docs/errors.md lists them")
                        .example(ProblemType.INVALID_REQUEST.uri().toString()))
                .addProperty("title", new StringSchema().example("Invalid request")
                        .description("the kind of error in words, in the caller's language (Accept-Language: Chinese "
                                + "or English); its wording may change, so never switch on it"))
                .addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599))
                        .example(400).description("the HTTP status of the answer, repeated"))
                .addProperty("detail", new StringSchema().example("content.title: must not be blank")
                        .description("what exactly was wrong, in English, for a person: the rule that refused the "
                                + "request; never an exception's message or a stack trace"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/agreements")
                        .description("the path of the request that failed, when known"))
                .addProperty("errors", new ArraySchema()
                        .description("every bad field or parameter, each with what is wrong with it; present when "
                                + "fields are invalid (type invalid-request)")
                        .items(new ObjectSchema().description("one bad field or parameter")
                                .addProperty("field", new StringSchema().example("content.costShares[1].percent")
                                        .description("the field's JSON path in the body, or the parameter's name"))
                                .addProperty("message", new StringSchema().example("must be between 0 and 100")
                                        .description("what is wrong with it, in English"))));
    }
}
