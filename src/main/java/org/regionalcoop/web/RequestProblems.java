package org.regionalcoop.web;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.Violation;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.NotFoundException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every API error as problem+json; invalid input names each bad field. */
@RestControllerAdvice
class RequestProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(RequestProblems.class);

    private final ObjectMapper json;

    RequestProblems(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidRequestException e) {
        return invalidFields(e.violations());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemType.NOT_FOUND.problem(e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemType.ACCESS_DENIED.problem(e.getMessage());
    }

    /** Not the caller's mistake: the cause goes to the log, never into the answer. */
    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        log.error("Request failed unexpectedly", e);
        return ProblemType.INTERNAL_ERROR.problem("The platform could not answer this request; the failure is logged");
    }

    /**
     * JSON that cannot be bound: name every value that cannot, with what was expected there; at least the one
     * the parser stopped at.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            List<Violation> violations = everyBadValue(mapping, request);
            return ResponseEntity.badRequest().body(invalidFields(violations.isEmpty()
                    ? List.of(new Violation(path(mapping), reason(mapping))) : violations));
        }
        return ResponseEntity.badRequest().body(ProblemType.UNREADABLE_REQUEST.problem("The request body is not valid JSON"));
    }

    private List<Violation> everyBadValue(JsonMappingException mapping, WebRequest request) {
        Object from = mapping.getPath().get(0).getFrom();
        if (!(request.getAttribute(RequestGuard.BODY, WebRequest.SCOPE_REQUEST) instanceof byte[] body) || from == null) {
            return List.of();
        }
        Class<?> root = from instanceof Class<?> type ? type : from.getClass();
        try {
            return new BadValues(json, RequestProblems::reason).in(json.readTree(body), json.constructType(root));
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    /** A query or path parameter of the wrong kind: named, with what it should be. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        return ResponseEntity.badRequest().body(invalidFields(List.of(
                new Violation(name, "'" + e.getValue() + "' is not " + expected(e.getRequiredType())))));
    }

    /**
     * An address with nothing behind it (no controller, no static resource): a browser asking for a page gets the error
     * page (ErrorPages, in the reader's language), a client problem+json.
     */
    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException e, HttpHeaders headers,
                                                                   HttpStatusCode status, WebRequest request) {
        return toPageForABrowser(status, request) ? null : super.handleNoHandlerFoundException(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return toPageForABrowser(status, request) ? null : super.handleNoResourceFoundException(e, headers, status, request);
    }

    /** Sends a browser asking for HTML to the error page with this status; false for any other caller. */
    private static boolean toPageForABrowser(HttpStatusCode status, WebRequest request) {
        if (!(request instanceof ServletWebRequest servlet) || servlet.getResponse() == null
                || !String.valueOf(servlet.getHeader(HttpHeaders.ACCEPT)).contains(MediaType.TEXT_HTML_VALUE)) {
            return false;
        }
        try {
            servlet.getResponse().sendError(status.value());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return true;
    }

    /**
     * A query or path parameter outside its documented bounds (e.g. {@code latest} above 500): named, with the bound;
     * Spring's own answer said only "Validation failure".
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                           HttpHeaders headers, HttpStatusCode status,
                                                                           WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
            String name = param != null && !param.name().isEmpty() ? param.name()
                    : param != null && !param.value().isEmpty() ? param.value() : result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> violations.add(new Violation(name,
                    error.getDefaultMessage() == null ? "is out of bounds" : error.getDefaultMessage())));
        }
        return violations.isEmpty() ? super.handleHandlerMethodValidationException(e, headers, status, request)
                : ResponseEntity.badRequest().body(invalidFields(violations));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(invalidFields(List.of(new Violation(e.getParameterName(), "is required"))));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.toString().toLowerCase().replace('_', '-')).collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Instant.class) {
            return "a UTC time such as 2027-01-01T00:00:00Z";
        }
        if (type == LocalDate.class) {
            return "a date such as 2027-01-01";
        }
        return type == UUID.class || type.getSimpleName().endsWith("Id") ? "an id (a UUID)" : "a valid " + type.getSimpleName();
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(status).body(ProblemType.REQUEST_TOO_LARGE.problem("The upload is too large"));
    }

    static ProblemDetail invalidFields(List<Violation> violations) {
        ProblemDetail problem = ProblemType.INVALID_REQUEST.problem(
                violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", violations);
        return problem;
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String reason(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "unknown value '" + format.getValue() + "'; expected one of "
                    + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(constant -> constant.toString().toLowerCase().replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        Throwable cause = mapping.getCause() != null ? mapping.getCause() : mapping;
        String message = cause instanceof JsonMappingException inner ? inner.getOriginalMessage() : cause.getMessage();
        return message == null ? "is not readable" : message.lines().findFirst().orElse(message);
    }
}
