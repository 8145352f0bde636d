package org.regionalcoop.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Each webapp page carries the nonce of its own Content-Security-Policy. Camunda (7.24) keeps the nonce it writes into
 * the header on the servlet context, which every request shares, and reads it back from there when it writes the
 * page's scripts: a webapp request of anyone in between (the previous page's plugin script, another user's call)
 * gave the page that request's nonce, the browser refused every script on it, and the webapp never started (its
 * splash spinner for good). The servlet context each webapp request sees here keeps that one attribute on the request.
 */
final class WebappPageNonce implements Filter {

    static final String NONCE = ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new OwnNonce((HttpServletRequest) request), response);
    }

    private static final class OwnNonce extends HttpServletRequestWrapper {

        private final ServletContext context;

        OwnNonce(HttpServletRequest request) {
            super(request);
            ServletContext shared = request.getServletContext();
            this.context = (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                    new Class<?>[] {ServletContext.class}, (proxy, method, arguments) -> nonce(method, arguments)
                            ? onRequest(request, method, arguments) : shared(shared, method, arguments));
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        private static boolean nonce(Method method, Object[] arguments) {
            return arguments != null && arguments.length > 0 && NONCE.equals(arguments[0])
                    && method.getName().endsWith("Attribute");
        }

        private static Object onRequest(HttpServletRequest request, Method method, Object[] arguments) {
            switch (method.getName()) {
                case "getAttribute" -> {
                    return request.getAttribute(NONCE);
                }
                case "setAttribute" -> request.setAttribute(NONCE, arguments[1]);
                case "removeAttribute" -> request.removeAttribute(NONCE);
                default -> throw new UnsupportedOperationException(method.getName());
            }
            return null;
        }

        private static Object shared(ServletContext shared, Method method, Object[] arguments) throws Throwable {
            try {
                return method.invoke(shared, arguments);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        }
    }
}
