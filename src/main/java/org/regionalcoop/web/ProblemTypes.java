package org.regionalcoop.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.net.URI;

/**
 * Gives every problem a module or Spring MVC answers without a kind of its own the {@link ProblemType} of its
 * status, and names the request it answers, so no problem leaves as {@code about:blank}.
 */
@RestControllerAdvice
class ProblemTypes implements ResponseBodyAdvice<Object> {

    private static final URI BLANK = URI.create("about:blank");

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (!(body instanceof ProblemDetail problem)) {
            return body;
        }
        if (BLANK.equals(problem.getType())) {
            problem.setType(ProblemType.of(problem.getStatus()).uri());
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getURI().getRawPath()));
        }
        return problem;
    }
}
