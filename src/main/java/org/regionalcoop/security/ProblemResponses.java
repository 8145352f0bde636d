package org.regionalcoop.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import org.regionalcoop.web.ProblemResponse;
import org.regionalcoop.web.ProblemType;

import java.io.IOException;

/**
 * Answers 401 and 403 with problem+json bodies, like every other error. The security filters answer
 * before Spring MVC's error handling is reached, so they write the body here.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottle.Throttled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            ProblemResponse.write(request, response, json, ProblemType.TOO_MANY_REQUESTS.problem(e.getMessage()));
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"regional-cooperation-platform\"");
        // A refused bearer token says why (expired, bad signature, wrong audience); a wrong password does not.
        String reason = e instanceof OAuth2AuthenticationException ? ": " + e.getMessage() : "";
        ProblemResponse.write(request, response, json,
                ProblemType.AUTHENTICATION_REQUIRED.problem("This endpoint needs an authenticated caller" + reason));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponse.write(request, response, json,
                ProblemType.ACCESS_DENIED.problem("Your roles do not allow this request"));
    }
}
