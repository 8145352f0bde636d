package org.regionalcoop.web;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One error model: whatever fails, on the platform API, the engine's REST API or in a filter before either,
 * the answer is problem+json with the documented type of its kind (docs/errors.md), never Spring's default
 * body ({@code timestamp}, {@code error}, {@code path}) or the engine's ({@code type} naming a Java class).
 */
@PlatformTest
class ErrorModelTest {

    private static final String PROBLEMS = "https://regionalcoop.org/problems/";

    @Autowired
    TestRestTemplate anonymous;

    @LocalServerPort
    int port;

    private TestRestTemplate staff() {
        return anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD);
    }

    @Test
    void securityRefusalsAreProblems() {
        assertProblem(anonymous.getForEntity("/api/agreements", Map.class), 401, "authentication-required");
        assertProblem(anonymous.getForEntity("/engine-rest/task", Map.class), 401, "authentication-required");
        assertProblem(staff().getForEntity("/actuator/prometheus", Map.class), 403, "access-denied");
    }

    @Test
    void routingErrorsOfThePlatformApiAreProblems() {
        assertProblem(staff().getForEntity("/api/no-such-thing", Map.class), 404, "not-found");
        assertProblem(staff().exchange("/api/agreements", HttpMethod.DELETE, null, Map.class), 405, "method-not-allowed");
        assertProblem(staff().exchange("/api/agreements", HttpMethod.POST, body("initiator=SH", MediaType.TEXT_PLAIN),
                Map.class), 415, "unsupported-media-type");
        assertProblem(staff().exchange("/api/agreements", HttpMethod.POST, body("{\"initiator\": ", MediaType.APPLICATION_JSON),
                Map.class), 400, "unreadable-request");
    }

    @Test
    void errorsOfTheEngineApiAreProblems() {
        assertProblem(anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD)
                .getForEntity("/engine-rest/no-such-resource", Map.class), 404, "not-found");
        assertProblem(staff().getForEntity("/engine-rest/task/no-such-task/variables", Map.class), 404, "not-found");
        assertProblem(staff().getForEntity("/engine-rest/task/no-such-task", Map.class), 404, "not-found");
        assertProblem(staff().exchange("/engine-rest/task/no-such-task/complete", HttpMethod.POST,
                body("{\"variables\": ", MediaType.APPLICATION_JSON), Map.class), 400, "unreadable-request");
    }

    /**
     * Sent by hand, so the answer can be read while the body is still unsent: the platform refuses a body
     * announced larger than the limit before reading it, and a chunked one without a length once it passes the limit.
     */
    @Test
    void aBodyLargerThanTheLimitIsRefusedBeforeItIsReadWholeOnBothApis() throws Exception {
        for (String path : new String[] {"/api/agreements", "/engine-rest/task/no-such-task/complete"}) {
            assertTooLarge(path, post(path, "Content-Length: " + 10 * 1024 * 1024, out -> out.write(json(64 * 1024))));
            assertTooLarge(path, post(path, "Transfer-Encoding: chunked", out -> {
                byte[] chunk = json(64 * 1024);
                for (int i = 0; i < 24; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }));
        }
    }

    private static void assertTooLarge(String path, String answer) {
        assertThat(answer).as(path).startsWith("HTTP/1.1 413").contains("Content-Type: application/problem+json")
                .contains("\"type\":\"" + PROBLEMS + "request-too-large\"");
    }

    private static byte[] json(int size) {
        return ("{\"reason\": \"" + "x".repeat(size)).getBytes(StandardCharsets.US_ASCII);
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The status line, the headers and the body of the answer to a GET of {@code path} exactly as written. */
    private String get(String path, String header) throws IOException {
        return exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\n\r\n", out -> { });
    }

    /** The status line, the headers and the body of the answer to a POST whose body {@code body} writes. */
    private String post(String path, String framing, Body body) throws IOException {
        String login = Base64.getEncoder().encodeToString(("sh.coordinator:" + PlatformTest.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return exchange("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + login
                + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n", body);
    }

    private String exchange(String head, Body body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            body.writeTo(out);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            StringBuilder answer = new StringBuilder();
            int length = 0;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                answer.append(line).append('\n');
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            byte[] problem = new byte[length];
            in.readFully(problem);
            return answer + new String(problem, StandardCharsets.UTF_8);
        }
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Test
    void theContainersErrorPageIsAProblemToo() {
        assertProblem(anonymous.getForEntity("/error", Map.class), 500, "internal-error");
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        ResponseEntity<Map> chinese = staff().exchange("/api/no-such-thing", HttpMethod.GET, inLanguage("zh-CN,zh;q=0.9,en;q=0.5"), Map.class);
        ResponseEntity<Map> english = staff().exchange("/api/no-such-thing", HttpMethod.GET, inLanguage("fr-FR,en;q=0.8"), Map.class);
        ResponseEntity<Map> anonymousInChinese = anonymous.exchange("/api/agreements", HttpMethod.GET, inLanguage("zh"), Map.class);
        ResponseEntity<Map> unknownInChinese = staff().exchange("/api/organizations/governments/XX", HttpMethod.GET, inLanguage("zh-CN"), Map.class);
        ResponseEntity<Map> engineInChinese = staff().exchange("/engine-rest/task/no-such-task", HttpMethod.GET, inLanguage("zh-CN"), Map.class);
        ResponseEntity<Map> engineInEnglish = staff().exchange("/engine-rest/task/no-such-task", HttpMethod.GET, inLanguage("en-GB"), Map.class);

        assertProblem(chinese, 404, "not-found");
        assertThat(chinese.getBody()).containsEntry("title", "未找到");
        assertThat(chinese.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("zh-CN");
        assertThat(english.getBody()).containsEntry("title", "Not found");
        assertThat(english.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        assertProblem(anonymousInChinese, 401, "authentication-required");
        assertThat(anonymousInChinese.getBody()).containsEntry("title", "需要登录");
        // A module's own handler gives no kind: it gets the kind of its status, and its title in the language.
        assertProblem(unknownInChinese, 404, "not-found");
        assertThat(unknownInChinese.getBody()).containsEntry("title", "未找到");
        // The engine's REST API is answered by its own exception mappers, not Spring's: they speak the language too.
        assertProblem(engineInChinese, 404, "not-found");
        assertThat(engineInChinese.getBody()).containsEntry("title", "未找到");
        assertThat(engineInChinese.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("zh-CN");
        assertThat(engineInEnglish.getBody()).containsEntry("title", "Not found");
    }

    /**
     * An address Tomcat refuses before any filter or servlet sees it (an encoded NUL, backslash or slash in the path,
     * a broken escape) is answered by the container itself: on the APIs' paths with a problem too, not Tomcat's HTML
     * page, and in the caller's language.
     */
    @Test
    void anAddressTheContainerRefusesIsAProblemOnTheApisPaths() throws IOException {
        for (String path : new String[] {"/api/agreements/%00", "/api/agreements/a%5Cb", "/api/agreements%2Fx",
                "/engine-rest/task/%ZZ"}) {
            String answer = get(path, "Accept-Language: zh-CN");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                    .contains("Content-Language: zh-CN").contains("\"type\":\"" + PROBLEMS + "invalid-request\"")
                    .contains("\"title\":\"请求无效\"").doesNotContain("<html");
        }
        assertThat(get("/agreements/%00", "Accept: text/html")).as("the workbench's address keeps Tomcat's page, without its version")
                .startsWith("HTTP/1.1 400").contains("Content-Type: text/html").doesNotContain("Apache Tomcat");
    }

    @Test
    void everyKindOfProblemHasItsTitleInBothLanguages() {
        for (ProblemType kind : ProblemType.values()) {
            String key = "problem." + kind.uri().getPath().substring("/problems/".length());
            for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                assertThat(ResourceBundle.getBundle("messages", language, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)).containsKey(key)).as(key + " " + language).isTrue();
            }
        }
    }

    private static HttpEntity<Void> inLanguage(String acceptLanguage) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        return new HttpEntity<>(headers);
    }

    private static HttpEntity<String> body(String text, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return new HttpEntity<>(text, headers);
    }

    private static void assertProblem(ResponseEntity<Map> answer, int status, String type) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.valueOf(status));
        assertThat(answer.getHeaders().getContentType()).as("%s", answer.getBody()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).containsEntry("type", PROBLEMS + type).containsEntry("status", status)
                .containsKeys("title", "detail").doesNotContainKeys("timestamp", "error", "path");
        if (answer.getBody().containsKey("message")) {
            // Only the engine's problems carry it, for the engine's web applications, and it says what detail says.
            assertThat(answer.getBody().get("message")).isEqualTo(answer.getBody().get("detail"));
        }
    }
}
