package org.regionalcoop.web;

import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.Violation;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Every API error as problem+json; invalid input names each bad field. */
@RestControllerAdvice
class RequestProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalid(InvalidRequestException e) {
        return invalidFields(e.violations());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    /** Unreadable JSON: name the field the parser stopped at, and what it expected there. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(invalidFields(List.of(new Violation(path(mapping), reason(mapping)))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
        problem.setTitle("Unreadable request");
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail invalidFields(List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
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
