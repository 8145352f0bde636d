package org.regionalcoop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat refuses some addresses before any filter or servlet sees them (an encoded NUL, backslash or slash in the path,
 * a broken escape) and answers them itself, with its HTML error report. On the APIs' paths that report is a problem
 * like every other error, in the caller's language; elsewhere (the workbench, the webapps) it stays Tomcat's, with
 * neither the server's version nor a stack trace, as Spring Boot configures it.
 */
@Component
class ContainerProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final List<String> API_PATHS = List.of("/api/", "/engine-rest/", "/actuator/", "/v3/api-docs",
            "/swagger-ui");

    private final ObjectMapper json;

    ContainerProblems(ObjectMapper json) {
        this.json = json;
    }

    /** After Spring Boot's own customizer, whose error report valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new Report(json));
            // The host adds a valve of this class at its start unless it finds one: Tomcat's own, with its version.
            host.setErrorReportValveClass(Report.class.getName());
        });
    }

    static boolean onApiPath(String uri) {
        return uri != null && API_PATHS.stream().anyMatch(uri::startsWith);
    }

    private static final class Report extends ErrorReportValve {

        private final ObjectMapper json;

        Report(ObjectMapper json) {
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!onApiPath(request.getRequestURI())) {
                super.report(request, response, throwable);
                return;
            }
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean writable = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get()) {
                return;
            }
            ProblemType type = ProblemType.of(status);
            ProblemDetail problem = type.problem(status == 400
                    ? "The request is not one the platform can read: its address holds an encoded NUL, slash or "
                    + "backslash or a broken escape, or a header is malformed"
                    : "The request failed with status " + status);
            problem.setStatus(status);
            instance(request.getRequestURI(), problem);
            try {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, ProblemLanguage.apply(problem, request));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the response already committed: nothing more can be said.
            }
        }

        /** The address as sent, when it is one; a broken escape is not, and then the problem names none. */
        private static void instance(String uri, ProblemDetail problem) {
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException notAnAddress) {
                problem.setInstance(null);
            }
        }
    }
}
