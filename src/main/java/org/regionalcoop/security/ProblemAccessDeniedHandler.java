package org.regionalcoop.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** Answers an authenticated caller without the needed role with 403 and a problem+json body. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemAccessDeniedHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponses.write(json, request, response, HttpStatus.FORBIDDEN,
                "Access denied", "Your roles do not allow this request");
    }
}
