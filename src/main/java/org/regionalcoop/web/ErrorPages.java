package org.regionalcoop.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The servlet container's error page, reached by errors no controller answered: a filter's, the engine REST
 * API's, Tomcat's own. It replaces Spring Boot's default error body, so every error is problem+json and
 * none shows a stack trace or an exception's message.
 */
@RestController
class ErrorPages implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 500;
        ProblemType type = ProblemType.of(status);
        ProblemDetail problem = type.problem(detail(type));
        problem.setStatus(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(URI.create(uri instanceof String path ? path : request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "There is nothing at this address";
            case METHOD_NOT_ALLOWED -> "This address does not take this method";
            case REQUEST_TOO_LARGE -> "The request is larger than the platform accepts";
            case INTERNAL_ERROR -> "The platform could not answer this request; the failure is logged";
            default -> "The request failed with status " + type.status().value();
        };
    }
}
