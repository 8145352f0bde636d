package org.regionalcoop.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A member of staff (a demo login of the local profile) using an instance's REST APIs: the platform's and
 * the engine's task API, as a browser or the Tasklist would. An answer other than the expected status is a
 * {@link Refused}; an instance that cannot be reached is an {@link IOException}.
 */
public final class StaffHttp {

    /** The instance answered, but not with the expected status. */
    public static final class Refused extends IllegalStateException {

        private final int status;

        Refused(String message, int status) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** A failure of the server (or a proxy before it), which the same request may not meet again. */
        public boolean serverError() {
            return status >= 500;
        }
    }


    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final String authorization;

    public StaffHttp(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Map<String, Object> get(String path) throws IOException, InterruptedException {
        return JSON.readValue(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), 200), new TypeReference<>() {
        });
    }

    public List<Map<String, Object>> list(String path) throws IOException, InterruptedException {
        return JSON.readValue(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), 200), new TypeReference<>() {
        });
    }

    public Map<String, Object> post(String path, Object body, int expectedStatus) throws IOException, InterruptedException {
        return post(path, body, Map.of(), expectedStatus);
    }

    /** A post with these headers too, e.g. the Idempotency-Key that makes sending it again safe. */
    public Map<String, Object> post(String path, Object body, Map<String, String> headers, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        headers.forEach(request::header);
        String answer = send(request, expectedStatus);
        return answer.isBlank() ? Map.of() : JSON.readValue(answer, new TypeReference<>() {
        });
    }

    /** The open tasks of this kind offered to the group for the agreement (engine REST). */
    public List<Map<String, Object>> tasks(String group, String taskDefinitionKey, String agreementId)
            throws IOException, InterruptedException {
        return list("/engine-rest/task?candidateGroup=" + group + "&taskDefinitionKey=" + taskDefinitionKey
                + "&processInstanceBusinessKeyLike=" + agreementId + "%25&maxResults=10");
    }

    public void complete(String taskId, Map<String, Object> values) throws IOException, InterruptedException {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables), 204);
    }

    /** Whether the task is still open (and visible to this member of staff). */
    public boolean taskOpen(String taskId) throws IOException, InterruptedException {
        try {
            get("/engine-rest/task/" + taskId);
            return true;
        } catch (Refused refused) {
            if (refused.status() == 404) {
                return false;
            }
            throw refused;
        }
    }

    private String send(HttpRequest.Builder request, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest built = request.header("Authorization", authorization).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new Refused(built.method() + " " + built.uri() + " answered " + response.statusCode()
                    + ": " + response.body(), response.statusCode());
        }
        return response.body();
    }
}
