package org.regionalcoop.web;

import com.fasterxml.jackson.core.JsonParseException;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.kernel.Violation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The edge of {@code /api} and {@code /engine-rest}: a body larger than {@code platform.web.max-request-body}
 * is refused with 413 before it is read whole, and text the platform cannot store ({@link TextRules}) is
 * refused with 400 naming every such field, in the query and anywhere in a JSON body, before any
 * controller, engine command or transaction sees it. The engine's REST API binds bodies itself, so this
 * is the one place both APIs share.
 */
class RequestGuard extends OncePerRequestFilter {

    /** The request attribute holding the JSON body as read, for naming every value that cannot be bound. */
    static final String BODY = RequestGuard.class.getName() + ".body";

    private final ObjectMapper json;
    private final long maxBody;

    RequestGuard(ObjectMapper json, WebSettings settings) {
        this.json = json;
        this.maxBody = settings.maxRequestBody().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBody) {
            tooLarge(request, response);
            return;
        }
        List<Violation> violations = new ArrayList<>();
        query(request).forEach((name, values) -> {
            for (String value : values) {
                TextRules.problem(value, TextRules.LONGEST).ifPresent(problem -> violations.add(new Violation(name, problem)));
            }
        });
        byte[] body = null;
        if (isJson(request)) {
            body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (body.length > maxBody) {
                tooLarge(request, response);
                return;
            }
            try {
                violations.addAll(textIn(body));
            } catch (JsonParseException e) {
                ProblemResponse.write(request, response, json, ProblemType.UNREADABLE_REQUEST.problem(
                        "The request body is not valid JSON: " + e.getOriginalMessage() + " at line "
                                + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
                return;
            }
        }
        if (!violations.isEmpty()) {
            ProblemResponse.write(request, response, json, RequestProblems.invalidFields(violations));
            return;
        }
        if (body != null) {
            request.setAttribute(BODY, body);
        }
        chain.doFilter(body == null ? request : new ReadBody(request, body), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The rest of the body is not read: the connection closes rather than swallow it.
        response.setHeader("Connection", "close");
        ProblemResponse.write(request, response, json, ProblemType.REQUEST_TOO_LARGE.problem(
                "The request body is larger than " + maxBody + " bytes (platform.web.max-request-body)"));
    }

    private static boolean isJson(HttpServletRequest request) {
        if (request.getContentType() == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }

    /** Only the query string: reading form parameters here would consume a form body meant for the engine. */
    private static Map<String, List<String>> query(HttpServletRequest request) {
        if (request.getQueryString() == null) {
            return Map.of();
        }
        return UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                .entrySet().stream().collect(Collectors.toMap(entry -> decode(entry.getKey()),
                        entry -> entry.getValue().stream().map(RequestGuard::decode).toList(), (a, b) -> a));
    }

    private static String decode(String value) {
        if (value == null) {
            return "";
        }
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value;
        }
    }

    private List<Violation> textIn(byte[] body) throws IOException {
        List<Violation> violations = new ArrayList<>();
        try (JsonParser parser = json.getFactory().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                boolean name = token == JsonToken.FIELD_NAME;
                if (name || token == JsonToken.VALUE_STRING) {
                    String field = path(parser.getParsingContext());
                    TextRules.problem(parser.getText(), TextRules.LONGEST).ifPresent(problem ->
                            violations.add(new Violation(field, name ? "the name " + problem : problem)));
                }
            }
        }
        return violations;
    }

    /** The JSON path of the current token, as {@link Violation} names fields: {@code content.costShares[1].percent}. */
    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext level = context; level != null && !level.inRoot(); level = level.getParent()) {
            if (level.inArray()) {
                parts.add("[" + Math.max(0, level.getCurrentIndex()) + "]");
            } else if (level.getCurrentName() != null) {
                parts.add("." + level.getCurrentName());
            }
        }
        Collections.reverse(parts);
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "(body)" : path;
    }

    /** The request with its body already read, so the controller or the engine reads the same bytes. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    try {
                        return bytes.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() throws IOException {
                    return bytes.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return bytes.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
