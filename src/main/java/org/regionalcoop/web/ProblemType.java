package org.regionalcoop.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of error the platform answers, each with a stable {@code type} URI a client can switch on;
 * {@code docs/errors.md} lists them. The URI names the kind, never the wording of the title or detail.
 */
public enum ProblemType {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request"),
    UNREADABLE_REQUEST(HttpStatus.BAD_REQUEST, "Unreadable request"),
    AUTHENTICATION_REQUIRED(HttpStatus.UNAUTHORIZED, "Authentication required"),
    ACCESS_DENIED(HttpStatus.FORBIDDEN, "Access denied"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "Conflict"),
    UNPROCESSABLE(HttpStatus.UNPROCESSABLE_ENTITY, "Request cannot be carried out"),
    REQUEST_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

    private static final String BASE = "https://regionalcoop.org/problems/";

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** A problem of this kind; its detail tells the caller what to change. */
    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(uri());
        problem.setTitle(title);
        return problem;
    }

    /** The kind a bare status stands for, when nothing more specific is known: 400 is an invalid request, any other 5xx internal. */
    public static ProblemType of(int status) {
        Optional<ProblemType> exact = Arrays.stream(values()).filter(type -> type.status.value() == status).findFirst();
        return exact.orElse(status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST);
    }
}
