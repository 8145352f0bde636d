package org.regionalcoop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;

/** Writes a problem+json body where Spring MVC's error handling cannot: in servlet filters. */
public final class ProblemResponse {

    private ProblemResponse() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
                             ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, ProblemLanguage.apply(problem, request));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] body = json.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        // Sent now: a caller refused mid-body reads the answer while the container still swallows the rest.
        response.flushBuffer();
    }
}
