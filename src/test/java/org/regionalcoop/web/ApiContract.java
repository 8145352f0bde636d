package org.regionalcoop.web;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
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
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * Holds the platform API to its own OpenAPI document in every integration test: each exchange on {@code /api}
 * is checked against the document the running platform serves. An exchange breaks the contract when the
 * answer is a 5xx, when an error is not problem+json, when the response does not match the document, or when
 * the API accepts (2xx) a request the document says is invalid. Breaches fail the test that caused them
 * ({@link ApiContractExtension}); a request the document refuses and the API refuses too is in order.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiContract {

    private static final Queue<String> breaches = new ConcurrentLinkedQueue<>();
    private static volatile OpenApiInteractionValidator validator;

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
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(served(request.getLocalPort()))
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE).build())
                            .build();
                }
            }
        }
        return validator;
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
