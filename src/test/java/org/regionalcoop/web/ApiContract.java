package org.regionalcoop.web;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.regionalcoop.PlatformTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * Holds the platform API to its own OpenAPI document in every integration test: each exchange on {@code /api}
 * is checked against the document the running platform serves. An exchange breaks the contract when the
 * answer is a 5xx, when an error is not problem+json, when the response does not match the document, when
 * the API accepts (2xx) a request the document says is invalid, when a property is null that the document does
 * not say may be null (the validator lets a null pass for any type, so this is checked here), or when the API
 * refuses with a 403, 404 or 409 the operation does not declare. Breaches fail the test that caused them
 * ({@link ApiContractExtension}); a request the document refuses and the API refuses too is in order.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Refusals an operation that can answer them declares by their status, not only under its default answer. */
    private static final Set<Integer> DECLARED = Set.of(403, 404, 409);
    private static final Queue<String> breaches = new ConcurrentLinkedQueue<>();
    private static volatile OpenApiInteractionValidator validator;
    private static volatile JsonNode document;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiContractCheck() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Check());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The breaches since the last call, each naming the exchange and what was wrong with it. */
    static List<String> takeBreaches() {
        List<String> taken = new ArrayList<>();
        for (String breach = breaches.poll(); breach != null; breach = breaches.poll()) {
            taken.add(breach);
        }
        return taken;
    }

    private static final class Check extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, answer);
            } finally {
                // Checked before the answer is released, so the breach is on record before the test reads it.
                String body = new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8);
                try {
                    check(request, answer.getStatus(), answer.getContentType(), body);
                } catch (RuntimeException failed) {
                    breaches.add(request.getMethod() + " " + request.getRequestURI() + ": could not be checked: " + failed);
                }
                answer.copyBodyToResponse();
            }
        }

        private static void check(HttpServletRequest request, int status, String contentType, String body) {
            String exchange = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + " → " + status;
            if (status >= 500) {
                breaches.add(exchange + ": a server error: " + body);
                return;
            }
            if (status >= 400 && !isProblem(contentType)) {
                breaches.add(exchange + ": an error that is not problem+json but " + contentType);
            }
            OpenApiInteractionValidator contract = validator(request);
            Request sent = sent(request);
            ValidationReport requestReport = contract.validateRequest(sent);
            if (status < 300 && requestReport.hasErrors()) {
                breaches.add(exchange + ": the API accepted what the document refuses: " + messages(requestReport));
            }
            if (undocumented(requestReport)) {
                if (status < 400) {
                    breaches.add(exchange + ": an operation the document does not list answered " + status);
                }
                return;
            }
            SimpleResponse.Builder received = SimpleResponse.Builder.status(status).withBody(body);
            if (contentType != null) {
                received.withContentType(contentType);
            }
            ValidationReport responseReport = contract.validateResponse(request.getRequestURI(),
                    Request.Method.valueOf(request.getMethod()), received.build());
            if (responseReport.hasErrors()) {
                breaches.add(exchange + ": the answer differs from the document: " + messages(responseReport));
            }
            JsonNode operation = operation(request.getMethod(), request.getRequestURI());
            if (operation != null && DECLARED.contains(status) && !operation.path("responses").has(String.valueOf(status))) {
                breaches.add(exchange + ": an answer the operation does not declare (only its default covers it)");
            }
            List<String> nulls = new ArrayList<>();
            JsonNode schema = operation == null ? null : answerSchema(operation, status);
            if (schema != null && !body.isBlank() && contentType != null && isJson(contentType)) {
                undeclaredNulls(readJson(body), schema, "", nulls);
            }
            if (!nulls.isEmpty()) {
                breaches.add(exchange + ": null where the document does not allow it: " + String.join(", ", nulls));
            }
        }

        /** The document's operation of that method at the path, if it lists one. */
        private static JsonNode operation(String method, String path) {
            JsonNode operation = null;
            int variables = Integer.MAX_VALUE;
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> template = paths.next();
                int count = template.getKey().split("\\{", -1).length - 1;
                if (count < variables && path.matches(template.getKey().replaceAll("\\{[^}]+}", "[^/]+"))
                        && template.getValue().has(method.toLowerCase(Locale.ROOT))) {
                    operation = template.getValue().get(method.toLowerCase(Locale.ROOT));
                    variables = count;
                }
            }
            return operation;
        }

        /** The schema of the operation's documented answer of that status, else of its default answer. */
        private static JsonNode answerSchema(JsonNode operation, int status) {
            JsonNode answer = operation.path("responses").has(String.valueOf(status))
                    ? operation.path("responses").path(String.valueOf(status)) : operation.path("responses").path("default");
            Iterator<JsonNode> media = answer.path("content").elements();
            return media.hasNext() ? media.next().path("schema") : null;
        }

        /** Collects the properties of the value that are null where their schema does not allow null. */
        private static void undeclaredNulls(JsonNode value, JsonNode schema, String at, List<String> nulls) {
            JsonNode resolved = resolve(schema);
            for (String alternatives : List.of("anyOf", "oneOf", "allOf")) {
                for (JsonNode alternative : resolved.path(alternatives)) {
                    if (!alternative.path("type").asText().equals("null")) {
                        undeclaredNulls(value, alternative, at, nulls);
                    }
                }
            }
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    undeclaredNulls(value.get(i), resolved.path("items"), at + "[" + i + "]", nulls);
                }
            }
            if (value.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields(); properties.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    JsonNode child = value.get(property.getKey());
                    String name = at.isEmpty() ? property.getKey() : at + "." + property.getKey();
                    if (child != null && child.isNull() && !allowsNull(property.getValue())) {
                        nulls.add(name);
                    } else if (child != null) {
                        undeclaredNulls(child, property.getValue(), name, nulls);
                    }
                }
            }
        }

        /** Null is allowed by a type list naming it, by an alternative allowing it, or by a schema that says nothing of the type. */
        private static boolean allowsNull(JsonNode schema) {
            JsonNode type = schema.path("type");
            if (type.isArray()) {
                for (JsonNode named : type) {
                    if (named.asText().equals("null")) {
                        return true;
                    }
                }
                return false;
            }
            if (type.isTextual()) {
                return type.asText().equals("null") || schema.path("nullable").asBoolean();
            }
            for (String alternatives : List.of("anyOf", "oneOf")) {
                for (JsonNode alternative : schema.path(alternatives)) {
                    if (allowsNull(alternative)) {
                        return true;
                    }
                }
            }
            return !schema.has("$ref") && !schema.has("properties") && !schema.has("items") && !schema.has("anyOf")
                    && !schema.has("oneOf") && !schema.has("allOf") && !schema.has("enum");
        }

        private static JsonNode resolve(JsonNode schema) {
            JsonNode resolved = schema;
            while (resolved.has("$ref")) {
                resolved = document.at(resolved.path("$ref").asText().substring(1));
            }
            return resolved;
        }

        private static boolean isJson(String contentType) {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
        }

        private static JsonNode readJson(String body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("The answer is not JSON: " + body, e);
            }
        }

        private static Request sent(HttpServletRequest request) {
            SimpleRequest.Builder sent = new SimpleRequest.Builder(request.getMethod(), request.getRequestURI());
            for (String header : Collections.list(request.getHeaderNames())) {
                sent.withHeader(header, Collections.list(request.getHeaders(header)));
            }
            if (request.getQueryString() != null) {
                UriComponentsBuilder.newInstance().query(request.getQueryString()).build(false).getQueryParams()
                        .forEach((name, values) -> sent.withQueryParam(name, values.stream()
                                .map(value -> value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8))
                                .toList()));
            }
            if (request.getAttribute(RequestGuard.BODY) instanceof byte[] body) {
                sent.withBody(new String(body, StandardCharsets.UTF_8));
            }
            return sent.build();
        }

        /** A path or method the document does not list: there is no documented answer to compare with. */
        private static boolean undocumented(ValidationReport report) {
            return report.getMessages().stream().anyMatch(message -> message.getKey().equals("validation.request.path.missing")
                    || message.getKey().equals("validation.request.operation.notAllowed"));
        }

        private static boolean isProblem(String contentType) {
            return contentType != null && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }

        private static String messages(ValidationReport report) {
            return report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .map(message -> message.getKey() + ": " + message.getMessage()).collect(Collectors.joining("; "));
        }
    }

    /** The document the platform serves, read once from the running platform itself. */
    private static OpenApiInteractionValidator validator(HttpServletRequest request) {
        if (validator == null) {
            synchronized (ApiContract.class) {
                if (validator == null) {
                    // An answer without a body (204, 202) and errors as problem+json: a client accepting JSON asks rightly.
                    String served = served(request.getLocalPort());
                    document = readDocument(served);
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(served)
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE).build())
                            .build();
                }
            }
        }
        return validator;
    }

    private static JsonNode readDocument(String served) {
        try {
            return JSON.readTree(served);
        } catch (IOException e) {
            throw new IllegalStateException("The OpenAPI document is not JSON", e);
        }
    }

    private static String served(int port) {
        String login = Base64.getEncoder().encodeToString(("admin:" + PlatformTest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/v3/api-docs")).header("Authorization", "Basic " + login).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new IllegalStateException("The platform served no OpenAPI document: " + document.statusCode());
            }
            return document.body();
        } catch (IOException e) {
            throw new IllegalStateException("The OpenAPI document could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the OpenAPI document", e);
        }
    }
}
