package org.regionalcoop.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Clock;

/**
 * Who may call what. The platform API, the engine's REST API and the operational endpoints require an
 * authenticated caller; the staff workbench (everything else) has a session login, on the same identities,
 * which the Camunda webapps share (single sign-on) while keeping their own CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ADMINISTRATOR = "ADMIN";
    static final String ENGINE_ADMINISTRATORS = Groups.CAMUNDA_ADMIN;
    static final String METRICS_READER = "METRICS";
    static final String LOGIN_PAGE = "/login";
    /** Where the Camunda webapps are served (camunda.bpm.webapp.application-path). */
    static final String WEBAPPS = "/camunda";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper json,
                                    ObjectProvider<JwtDecoder> jwtDecoder, JwtSettings jwtSettings,
                                    LoginThrottle throttle) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        // Bearer tokens from the identity provider when one is configured (spring.security.oauth2.resourceserver.jwt.*).
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
            tokens.setJwtAuthenticationConverter(new StaffTokenConverter(jwtSettings));
            // Its own manager: the chain's manager below only knows passwords.
            http.oauth2ResourceServer(oauth -> oauth
                    .jwt(jwt -> jwt.authenticationManager(new ProviderManager(tokens)))
                    .authenticationEntryPoint(problems));
        }
        return http
                // Path patterns on the whole request path: the engine's REST API is served by its own servlet.
                // The API's description and its UI need the same login as the API: the UI calls the API with it.
                .securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**"), path("/actuator/**"),
                        path("/v3/api-docs/**"), path("/swagger-ui/**"), path("/swagger-ui.html")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        .requestMatchers(path("/actuator/prometheus")).hasAnyRole(ADMINISTRATOR, METRICS_READER)
                        .requestMatchers(path("/actuator/**"), path("/api/monitoring/**")).hasRole(ADMINISTRATOR)
                        // Staff work tasks through the engine's API; the rest of it (metrics, history, jobs,
                        // variables by id, users, deployments) is engine-wide and for administrators.
                        .requestMatchers(path("/engine-rest/task/**"), path("/engine-rest/filter/**"),
                                path("/engine-rest/process-definition/**")).authenticated()
                        .requestMatchers(path("/engine-rest/**")).hasRole(ADMINISTRATOR)
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(new EngineIdentityAuthenticationProvider(identityService, throttle)))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                // Stateless callers authenticate on every request, so there is no session to forge requests with.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    @Bean
    LoginThrottle loginThrottle(LoginThrottleSettings settings, Clock clock) {
        return new LoginThrottle(settings, clock);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * The Camunda webapps under {@code /camunda}: signed in through the workbench (single sign-on, see
     * {@link WebappSignOn}). A page asked for before signing in is opened again after the login; the webapps'
     * own calls get a 401. Their forms and calls keep Camunda's CSRF token (X-XSRF-TOKEN), checked by its filter.
     */
    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        RequestMatcher pages = path(WEBAPPS + "/app/**");
        HttpSessionRequestCache reopened = new HttpSessionRequestCache();
        reopened.setRequestMatcher(pages);
        return http
                .securityMatcher(path(WEBAPPS + "/**"))
                .authorizeHttpRequests(requests -> requests
                        // The webapps' texts, which the sign-in page puts into their store (docs/console.md).
                        .requestMatchers(path(WEBAPPS + "/app/*/locales/*.json")).permitAll()
                        .requestMatchers(pages, path(WEBAPPS + "/api/**")).authenticated()
                        .anyRequest().permitAll())
                .requestCache(cache -> cache.requestCache(reopened))
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), pages)
                        .defaultAuthenticationEntryPointFor(new ProblemResponses(json), AnyRequestMatcher.INSTANCE))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** After Spring Security, so the webapps' session login is made from the request's authenticated caller. */
    @Bean
    FilterRegistrationBean<WebappSignOn> webappSignOn() {
        FilterRegistrationBean<WebappSignOn> registration = new FilterRegistrationBean<>(new WebappSignOn());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns(WEBAPPS + "/app/*", WEBAPPS + "/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Before Camunda's filters (registered unordered, so last), whose header filter makes the page's nonce. */
    @Bean
    FilterRegistrationBean<WebappPageNonce> webappPageNonce() {
        FilterRegistrationBean<WebappPageNonce> registration = new FilterRegistrationBean<>(new WebappPageNonce());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
        registration.addUrlPatterns(WEBAPPS + "/app/*", WEBAPPS + "/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappSignOn.SignOut> webappSignOut() {
        FilterRegistrationBean<WebappSignOn.SignOut> registration = new FilterRegistrationBean<>(new WebappSignOn.SignOut());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        registration.addUrlPatterns(WEBAPPS + "/api/admin/auth/user/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * The staff workbench: a session after a login form (the engine's identities, as for the API) or after
     * the identity provider's login when one is configured (spring.security.oauth2.client.*). Every form
     * carries a CSRF token; a login gets a new session id, so a session planted before it is worthless.
     */
    @Bean
    @Order(3)
    SecurityFilterChain workbenchSecurity(HttpSecurity http, IdentityService identityService,
                                          ObjectProvider<ClientRegistrationRepository> identityProviders,
                                          JwtSettings jwtSettings, LoginThrottle throttle) throws Exception {
        if (identityProviders.getIfAvailable() != null) {
            StaffOidcUsers users = new StaffOidcUsers(new StaffTokenConverter(jwtSettings), jwtSettings);
            http.oauth2Login(login -> login.loginPage(LOGIN_PAGE)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users)));
        }
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path(LOGIN_PAGE), path("/css/**"), path("/js/sign-in.js"), path("/js/kept-input.js"), path("/webjars/**"),
                                path("/error"), path("/favicon.ico")).permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(new EngineIdentityAuthenticationProvider(identityService, throttle)))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // The refusal stays on the request for the error page, which tells a form sent with an ended
                // session's CSRF token (the page expired) from a step the caller may not take.
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, refused) -> {
                    request.setAttribute(WebAttributes.ACCESS_DENIED_403, refused);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }
}
