package org.regionalcoop.web;

import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.Violation;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Every API error as problem+json; invalid input names each bad field. */
@RestControllerAdvice
class RequestProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(RequestProblems.class);

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

    /** Unreadable JSON: name the field the parser stopped at, and what it expected there. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(invalidFields(List.of(new Violation(path(mapping), reason(mapping)))));
        }
        return ResponseEntity.badRequest().body(ProblemType.UNREADABLE_REQUEST.problem("The request body is not valid JSON"));
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
