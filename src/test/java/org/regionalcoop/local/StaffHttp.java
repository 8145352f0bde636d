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
 * the engine's task API, as a browser or the Tasklist would.
 */
final class StaffHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final String authorization;

    StaffHttp(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Object> get(String path) throws IOException, InterruptedException {
        return JSON.readValue(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), 200), new TypeReference<>() {
        });
    }

    List<Map<String, Object>> list(String path) throws IOException, InterruptedException {
        return JSON.readValue(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), 200), new TypeReference<>() {
        });
    }

    Map<String, Object> post(String path, Object body, int expectedStatus) throws IOException, InterruptedException {
        String answer = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))), expectedStatus);
        return answer.isBlank() ? Map.of() : JSON.readValue(answer, new TypeReference<>() {
        });
    }

    /** The open tasks of this kind offered to the group for the agreement (engine REST). */
    List<Map<String, Object>> tasks(String group, String taskDefinitionKey, String agreementId)
            throws IOException, InterruptedException {
        return list("/engine-rest/task?candidateGroup=" + group + "&taskDefinitionKey=" + taskDefinitionKey
                + "&processInstanceBusinessKeyLike=" + agreementId + "%25&maxResults=10");
    }

    void complete(String taskId, Map<String, Object> values) throws IOException, InterruptedException {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables), 204);
    }

    private String send(HttpRequest.Builder request, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest built = request.header("Authorization", authorization).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }
}
