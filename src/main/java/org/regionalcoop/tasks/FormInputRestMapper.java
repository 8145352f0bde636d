package org.regionalcoop.tasks;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine wraps whatever a task listener or delegate throws, and its REST API wraps that again, so a form
 * rule broken on completion, or a step of the process refusing the values, would be answered with 500 and
 * the Tasklist would show "An error happened". These mappers, preferred over the engine's own, answer it
 * with 400 and the reason, as the platform's own task API does; anything else is answered as the engine would.
 */
final class FormInputRestMapper {

    private FormInputRestMapper() {
    }

    static Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormInputException || cause instanceof IllegalArgumentException) {
                return Response.status(Response.Status.BAD_REQUEST)
                        .entity(ExceptionHandlerHelper.getInstance().fromException(cause))
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .build();
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    @Priority(1)
    static class ForRestExceptions implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return FormInputRestMapper.toResponse(exception);
        }
    }

    @Priority(1)
    static class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return FormInputRestMapper.toResponse(exception);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ResourceConfigCustomizer formInputRestMappers() {
            return config -> config.register(ForRestExceptions.class).register(ForEngineExceptions.class);
        }
    }
}
