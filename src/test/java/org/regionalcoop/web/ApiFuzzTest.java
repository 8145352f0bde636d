package org.regionalcoop.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every operation of the served OpenAPI document bodies and parameters generated from the document:
 * one body as the document describes it, and for each property a wrong type, a missing required value,
 * text one character too long and text holding U+0000; parameters of the wrong type. Whatever comes, the
 * platform never answers 5xx, every 4xx is problem+json, and a refused body names the fields it refuses;
 * {@link ApiContract} checks every answer against the document as well. The run is summarised in
 * target/api-fuzz.txt.
 */
@PlatformTest
class ApiFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    private JsonNode schemas;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> faults = new ArrayList<>();
    private int cases;

    @Test
    void noGeneratedRequestBreaksTheErrorModel() throws IOException {
        JsonNode document = json.readTree(staff().getForObject("/v3/api-docs", String.class));
        schemas = document.path("components").path("schemas");
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                operations++;
                fuzz(path.getKey(), HttpMethod.valueOf(method.getKey().toUpperCase()), method.getValue());
            }
        }
        String summary = "API fuzz: " + operations + " operations, " + cases + " cases, answers by status " + statuses;
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("api-fuzz.txt"),
                summary + "\n" + String.join("\n", faults) + "\n");
        System.out.println(summary);

        assertThat(faults).as(summary).isEmpty();
        assertThat(operations).isGreaterThan(30);
    }

    private void fuzz(String template, HttpMethod method, JsonNode operation) {
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                JsonNode schema = resolve(parameter.path("schema"));
                String value = schema.path("type").asText().equals("integer") ? "987654321" : UUID.randomUUID().toString();
                path = path.replace("{" + parameter.path("name").asText() + "}", value);
            }
        }
        send(method, path, null, null);
        send(method, template.replaceAll("\\{[^}]+}", "not-an-id"), null, null);
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                send(method, path + "?" + parameter.path("name").asText() + "=" + wrongValueFor(resolve(parameter.path("schema"))), null,
                        parameter.path("name").asText());
            }
        }
        JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (bodySchema.isMissingNode()) {
            return;
        }
        JsonNode schema = resolve(bodySchema);
        send(method, path, sample(schema), null);
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode propertySchema = resolve(property.getValue());
            String name = property.getKey();
            send(method, path, with(schema, name, wrongTypeFor(propertySchema)), name);
            if (contains(schema.path("required"), name)) {
                ObjectNode missing = (ObjectNode) sample(schema);
                missing.remove(name);
                send(method, path, missing, name);
            }
            if ("string".equals(typeOf(propertySchema))) {
                send(method, path, with(schema, name, NODES.textNode("text\u0000")), name);
                send(method, path, with(schema, name, NODES.textNode("x".repeat(propertySchema.path("maxLength").asInt(4000) + 1))), name);
            }
        }
    }

    private void send(HttpMethod method, String path, JsonNode body, String field) {
        cases++;
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        ResponseEntity<String> answer = staff().exchange(URI.create(path.replace("\u0000", "%00")), method,
                new HttpEntity<>(body == null ? null : body.toString(), headers), String.class);
        int status = answer.getStatusCode().value();
        statuses.merge(status, 1, Integer::sum);
        String exchange = method + " " + path + (body == null ? "" : " " + abbreviated(body)) + " → " + status;
        if (status >= 500) {
            faults.add(exchange + ": a server error");
        } else if (status >= 400) {
            MediaType type = answer.getHeaders().getContentType();
            if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
                faults.add(exchange + ": not problem+json but " + type);
            } else if (status == 400 && field != null && isInvalidRequest(answer.getBody()) && !names(answer.getBody(), field)) {
                faults.add(exchange + ": the refusal does not name " + field + ": " + answer.getBody());
            }
        }
    }

    private boolean isInvalidRequest(String problem) {
        return readTree(problem).path("type").asText().endsWith("/invalid-request");
    }

    private boolean names(String problem, String field) {
        for (JsonNode error : readTree(problem).path("errors")) {
            if (error.path("field").asText().startsWith(field)) {
                return true;
            }
        }
        return false;
    }

    /** A value as the document describes it: its example, its first enum value, or one of its type. */
    private JsonNode sample(JsonNode schema) {
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (typeOf(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue())));
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                JsonNode items = resolve(schema.path("items"));
                int size = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < size; i++) {
                    array.add(items.has("enum") ? items.get("enum").get(i % items.get("enum").size()) : sample(items));
                }
                yield array;
            }
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(switch (schema.path("format").asText()) {
                case "date" -> "2027-01-01";
                case "date-time" -> "2027-01-01T00:00:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                default -> "text";
            });
        };
    }

    private static JsonNode wrongTypeFor(JsonNode schema) {
        return switch (typeOf(schema)) {
            case "string" -> NODES.objectNode().put("not", "a string");
            case "array" -> NODES.textNode("not an array");
            case "object" -> NODES.arrayNode().add(1);
            default -> NODES.textNode("not a " + schema.path("type").asText("value"));
        };
    }

    private static String wrongValueFor(JsonNode schema) {
        return switch (typeOf(schema)) {
            case "integer", "number" -> "many";
            case "boolean" -> "perhaps";
            default -> schema.path("format").asText().startsWith("date") ? "yesterday" : "%00";
        };
    }

    private ObjectNode with(JsonNode schema, String name, JsonNode value) {
        ObjectNode body = (ObjectNode) sample(schema);
        body.set(name, value);
        return body;
    }

    /** The schema's type; of a type that may also be null (OpenAPI 3.1: a list of types), the other one. */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode named : type) {
                if (!named.asText().equals("null")) {
                    return named.asText();
                }
            }
        }
        return type.asText();
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode readTree(String body) {
        try {
            return json.readTree(body == null ? "{}" : body);
        } catch (IOException unreadable) {
            return NODES.objectNode();
        }
    }

    private static String abbreviated(JsonNode body) {
        String text = body.toString();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private TestRestTemplate staff() {
        return http.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD);
    }
}
