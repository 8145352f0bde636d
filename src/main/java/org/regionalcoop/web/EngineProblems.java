package org.regionalcoop.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;

/**
 * The engine's REST API answers errors in the platform's model too: problem+json with a {@link ProblemType}.
 * These mappers are preferred over the engine's own. The engine wraps whatever a task listener or delegate
 * throws, and its REST API wraps that again, so a value refused by a form rule or a step of a process would
 * be answered with 500; it is the caller's mistake and answered with 400. Otherwise the status is the
 * engine's, and the detail its message, except for a 5xx, whose cause stays in the log.
 */
final class EngineProblems {

    private static final Pattern MISSING = Pattern.compile("doesn't exist|[Cc]annot find|[Nn]o .* found");
    /** The engine's addresses under {@code task/} that name no task: {@code count}, {@code create}, {@code report/...}. */
    private static final Set<String> TASK_COLLECTION = Set.of("count", "create", "report");

    private EngineProblems() {
    }

    static Response toResponse(Throwable exception, UriInfo uri, HttpServletRequest request) {
        if (!(exception instanceof WebApplicationException || exception instanceof JsonParseException
                || exception instanceof JsonMappingException) && hiddenTask(uri)) {
            // The one rule of refusals on the engine's task resources: whatever one answers about a task the caller may
            // not see (a 403 naming the task and its process, a 400 'cannot find task', an engine failure on a task that
            // is not there), the caller learns only what it would about a task that never existed.
            return problem(ProblemType.NOT_FOUND, 404, "There is nothing at this address", uri, request);
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException || cause instanceof IllegalArgumentException) {
                return problem(ProblemType.INVALID_REQUEST, 400, cause.getMessage(), uri, request);
            }
        }
        if (exception instanceof NullValueException missing) {
            // The engine's way of saying a task or instance does not exist; otherwise a required value was null.
            return missing.getMessage() != null && MISSING.matcher(missing.getMessage()).find()
                    ? problem(ProblemType.NOT_FOUND, 404, "There is nothing at this address", uri, request)
                    : problem(ProblemType.INVALID_REQUEST, 400, missing.getMessage(), uri, request);
        }
        if (exception instanceof AuthorizationException refused) {
            return visible(refused)
                    ? problem(ProblemType.ACCESS_DENIED, 403, "Your roles do not allow this request", uri, request)
                    : problem(ProblemType.NOT_FOUND, 404, "There is nothing at this address", uri, request);
        }
        // The engine's helper logs what it answers and knows its statuses (403 for its authorization failures).
        int status = exception instanceof WebApplicationException routing ? routing.getResponse().getStatus()
                : ExceptionHandlerHelper.getInstance().getResponse(exception).getStatus();
        if (status >= 500) {
            return problem(ProblemType.INTERNAL_ERROR, status,
                    "The platform could not answer this request; the failure is logged", uri, request);
        }
        if (exception instanceof JsonParseException || exception instanceof JsonMappingException) {
            return problem(ProblemType.UNREADABLE_REQUEST, status, "The request body is not readable: "
                    + exception.getMessage().lines().findFirst().orElse(""), uri, request);
        }
        return problem(ProblemType.of(status), status, exception.getMessage(), uri, request);
    }

    /**
     * The one rule of refusals: whether the caller may read any of the things the engine refused it. If not, the
     * refusal must not tell it that they exist (a foreign task's variables answer as a missing task's do); a
     * refusal of a kind of thing rather than one thing (deploying) is a plain 403. The engine's message, which
     * names the thing, is never passed on.
     */
    private static boolean visible(AuthorizationException refused) {
        List<MissingAuthorization> specific = refused.getMissingAuthorizations().stream()
                .filter(missing -> missing.getResourceId() != null && !Authorization.ANY.equals(missing.getResourceId()))
                .toList();
        if (specific.isEmpty()) {
            return true;
        }
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        if (caller == null) {
            return false;
        }
        return specific.stream().anyMatch(missing -> Arrays.stream(Resources.values())
                .filter(resource -> resource.resourceName().equals(missing.getResourceType()))
                .anyMatch(resource -> engine.getAuthorizationService().isUserAuthorized(caller.getUserId(),
                        caller.getGroupIds(), Permissions.READ, resource, missing.getResourceId())));
    }

    /**
     * Whether the address is one task's ({@code task/{id}/...}) and the caller sees no such task: the engine's task
     * query applies the caller's authorizations, so a task of another government and a task that does not exist look
     * the same.
     */
    private static boolean hiddenTask(UriInfo uri) {
        List<PathSegment> segments = uri == null ? List.of() : uri.getPathSegments();
        if (segments.size() < 2 || !"task".equals(segments.get(0).getPath())
                || TASK_COLLECTION.contains(segments.get(1).getPath())) {
            return false;
        }
        return EngineUtil.lookupProcessEngine(null).getTaskService().createTaskQuery()
                .taskId(segments.get(1).getPath()).count() == 0;
    }

    private static Response problem(ProblemType type, int status, String detail, UriInfo uri, HttpServletRequest request) {
        ProblemDetail described = type.problem(detail);
        String language = ProblemLanguage.apply(described, request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri().toString());
        problem.put("title", described.getTitle());
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", uri == null ? null : uri.getRequestUri().getRawPath());
        // The engine's own web applications show an error's "message", not its "detail": the Tasklist would
        // otherwise say "An error happened" where the reason is known.
        problem.put("message", detail);
        return Response.status(status).entity(problem).type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language).build();
    }

    /** Jersey prefers the mapper of the nearest exception type, so each type the engine maps gets one of these. */
    abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        UriInfo uri;

        /** The request being answered (Jersey injects a proxy to the current one), for the caller's language. */
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(E exception) {
            return EngineProblems.toResponse(exception, uri, request);
        }
    }

    @Priority(1)
    static class ForThrowables extends Mapper<Throwable> {
    }

    @Priority(1)
    static class ForEngineExceptions extends Mapper<ProcessEngineException> {
    }

    @Priority(1)
    static class ForRestExceptions extends Mapper<RestException> {
    }

    @Priority(1)
    static class ForUnreadableJson extends Mapper<JsonParseException> {
    }

    @Priority(1)
    static class ForUnbindableJson extends Mapper<JsonMappingException> {
    }

    /**
     * Tasks take no attachments ({@code task/{id}/attachment/...}), for anyone: the engine would keep them in its
     * history, which the clean-up purges after its time to live, beside the audit log rather than in it, and a
     * multipart body or a link passes none of the text and content checks of the platform's edge. The refusal is a
     * kind of request refused (403), answered after the one rule of refusals: a task the caller may not see is
     * answered as one that does not exist (docs/decisions/task-attachments.md).
     */
    static class NoAttachments implements ContainerRequestFilter {

        static final String REFUSAL = "Tasks take no attachments on this platform: the engine's history that would keep "
                + "them is purged after its time to live and is not the agreement's record; name the document in a comment";

        @Context
        UriInfo uri;

        @Context
        HttpServletRequest request;

        @Override
        public void filter(ContainerRequestContext context) {
            List<PathSegment> segments = uri.getPathSegments();
            if (segments.size() >= 3 && "task".equals(segments.get(0).getPath())
                    && "attachment".equals(segments.get(2).getPath())) {
                context.abortWith(hiddenTask(uri)
                        ? problem(ProblemType.NOT_FOUND, 404, "There is nothing at this address", uri, request)
                        : problem(ProblemType.ACCESS_DENIED, 403, REFUSAL, uri, request));
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ResourceConfigCustomizer engineProblems() {
            return config -> config.register(ForThrowables.class).register(ForEngineExceptions.class)
                    .register(ForRestExceptions.class).register(ForUnreadableJson.class).register(ForUnbindableJson.class)
                    .register(NoAttachments.class);
        }
    }
}
