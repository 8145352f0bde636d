package org.regionalcoop.tasks;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Tasklist asks for a user's filters 2000 at a time, more than the engine's hardening
 * ({@code queryMaxResultsLimit: 1000}) allows anyone but administrators: staff would see "Loading the filters
 * finished with failures" and no task at all. A user's filters are few, so that one request of the webapp is
 * capped at {@link #MAX_FILTERS}; every other query, and the engine's REST API, stays bounded as the hardening
 * demands.
 */
@Configuration(proxyBeanMethods = false)
class TasklistFilterListBound {

    /** Far more filters than anyone keeps, and well below the engine's limit of 1000. */
    static final int MAX_FILTERS = 200;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> filterListBound(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        String filterList = webapps + "/api/engine/engine/default/filter";
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                boolean filterListing = "GET".equals(request.getMethod()) && filterList.equals(request.getRequestURI());
                chain.doFilter(filterListing && !withinBound(request.getParameter("maxResults")) ? new Bounded(request)
                        : request, response);
            }
        });
        registration.addUrlPatterns(webapps + "/api/engine/*");
        return registration;
    }

    private static boolean withinBound(String maxResults) {
        try {
            return maxResults != null && Integer.parseInt(maxResults) <= MAX_FILTERS;
        } catch (NumberFormatException e) {
            return true; // the engine answers it as a bad request
        }
    }

    /** The request with {@code maxResults} capped, in the query string as in the parameters. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Bounded(HttpServletRequest request) {
            super(request);
            Map<String, String[]> bounded = new LinkedHashMap<>(request.getParameterMap());
            bounded.put("maxResults", new String[] {String.valueOf(MAX_FILTERS)});
            parameters = Collections.unmodifiableMap(bounded);
        }

        @Override
        public String getQueryString() {
            return parameters.entrySet().stream()
                    .flatMap(parameter -> Arrays.stream(parameter.getValue()).map(value ->
                            encode(parameter.getKey()) + "=" + encode(value)))
                    .collect(Collectors.joining("&"));
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
