package org.regionalcoop.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

import java.net.URI;
import java.util.Map;

/**
 * The servlet container's error page, reached by errors no controller answered: a filter's, the engine REST
 * API's, Tomcat's own. It replaces Spring Boot's default error body, so every error is problem+json and
 * none shows a stack trace or an exception's message; a browser asking for a page (the workbench's address
 * that does not exist, a form sent with an expired session's CSRF token) gets the workbench's problem page in
 * the reader's language instead of JSON.
 */
@RestController
class ErrorPages implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = status(request);
        ProblemType type = ProblemType.of(status);
        ProblemDetail problem = type.problem(detail(type));
        problem.setStatus(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(URI.create(uri instanceof String path ? path : request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        int status = status(request);
        return new ModelAndView("error/problem", Map.of("problem", problem(request, status)), HttpStatus.valueOf(status));
    }

    /** The key of the page's words: a refused CSRF token is a page opened too long ago or before the session ended. */
    private static String problem(HttpServletRequest request, int status) {
        if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            return "expired";
        }
        return switch (status) {
            case 400, 403, 404, 409 -> String.valueOf(status);
            default -> "other";
        };
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value && value >= 400 ? value : 500;
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
