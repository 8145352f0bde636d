package org.regionalcoop.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.settlement.SettlementFixture;
import org.regionalcoop.settlement.SettlementKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every operation of the served OpenAPI document requests derived from the document's own schemas, as a caller
 * entitled to the operation on resources that exist: Shanghai's coordinator on an agreement of Shanghai and Jiangsu
 * approved in the set-up (with its project, settlement and grant; its versions on one still in consensus, with
 * an open ballot of Shanghai's), an administrator
 * on the monitoring and grant-programme operations. Each body starts from the operation's documented example and is
 * broken one value at a time, at any depth (nested objects, array items): a wrong type, a required value missing,
 * a string one character over its maximum length or breaking its pattern within it (17 integer digits of an amount,
 * a percent with twelve places), an impossible date or time, a malformed id, an enum value in another case, a
 * number beyond its maximum or below its minimum, an array beyond its size, text holding U+0000; query parameters
 * likewise. A fault is any 5xx, any error that is not problem+json, any 2xx to a request the document calls invalid,
 * and any 400 that does not name the broken field; {@link ApiContract} checks every answer against the document as
 * well. Operations that change things are sent after those that read, each valid body after its broken ones. The run
 * is summarised in target/api-fuzz.txt and on standard output.
 */
@PlatformTest
class ApiFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String COORDINATOR = "sh.coordinator";
    /** Strings of the right type that may break a pattern, tried in order until one does within the maximum length. */
    private static final List<String> PATTERN_BREAKERS = List.of("12345678901234567", "12345678901234567.00",
            "15.000000", "1.005", "-1", "sh", "cny", "P1X", "2027-1-1", "x!", " ");

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    SettlementFixture settlements;

    @Autowired
    TaskService tasks;

    private JsonNode schemas;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> faults = new ArrayList<>();
    private int cases;
    private int invalidCases;

    /** One request: its body (null for none), the field it breaks (null for none) and whether the document refuses it. */
    private record Case(String query, JsonNode body, String field, boolean invalid) {
    }

    @Test
    void noGeneratedRequestBreaksTheErrorModel() throws IOException {
        existingResources();
        JsonNode document = json.readTree(as(COORDINATOR).getForObject("/v3/api-docs", String.class));
        schemas = document.path("components").path("schemas");
        List<Map.Entry<String, Map.Entry<String, JsonNode>>> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                operations.add(Map.entry(path.getKey(), method))));
        // Reads first: a valid body may complete the ballot or register a project, which later operations would miss.
        operations.sort(Comparator.comparing(operation -> !operation.getValue().getKey().equals("get")));
        for (Map.Entry<String, Map.Entry<String, JsonNode>> operation : operations) {
            fuzz(operation.getKey(), HttpMethod.valueOf(operation.getValue().getKey().toUpperCase(Locale.ROOT)),
                    operation.getValue().getValue());
        }
        String summary = "API fuzz: " + operations.size() + " operations, " + cases + " cases (" + invalidCases
                + " invalid by the document), answers by status " + statuses + ", " + faults.size() + " faults";
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("api-fuzz.txt"),
                summary + "\n" + String.join("\n", faults) + "\n");
        System.out.println(summary);

        assertThat(faults).as(summary).isEmpty();
        assertThat(operations).hasSizeGreaterThan(30);
        assertThat(statuses).as("cases reached the operations' own checks, not only a missing resource")
                .containsKeys(200, 400);
        assertThat(statuses.get(400)).isGreaterThan(statuses.getOrDefault(404, 0));
    }

    /**
     * An agreement of Shanghai and Jiangsu approved and granted, with a project registered by Shanghai's coordinator and
     * a settlement; a second one proposed, with Shanghai's ballot open; a third proposed, for its initiator to revise.
     */
    private void existingResources() {
        Agreement approved = driver.approve(driver.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS"),
                "CN-CCA.reviewer");
        driver.awardGrants(approved);
        ids.put("agreements", approved.id().toString());
        ids.put("settlements", settlements.settlementOf(settlements.settle(approved, SettlementKind.PERIODIC,
                SettlementFixture.END_OF_2027)).toString());
        ResponseEntity<Map> project = as(COORDINATOR).postForEntity("/api/agreements/{id}/projects",
                DocumentedExamples.of("registerProject").values().iterator().next(), Map.class, approved.id());
        assertThat(project.getStatusCode()).as("%s", project.getBody()).isEqualTo(HttpStatus.CREATED);
        ids.put("projects", project.getBody().get("id").toString());
        List<Map<String, Object>> grants = as(COORDINATOR).getForObject("/api/agreements/{id}/grants", List.class, approved.id());
        assertThat(grants).isNotEmpty();
        ids.put("grants", grants.get(0).get("id").toString());
        Agreement proposed = driver.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS");
        Task ballot = driver.openTasks(proposed, "user_cast_vote").stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(link -> "SH.coordinator".equals(link.getGroupId())))
                .findFirst().orElseThrow();
        ids.put("tasks", ballot.getId());
        ids.put("revisable", driver.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS").id().toString());
    }

    private void fuzz(String template, HttpMethod method, JsonNode operation) {
        String caller = template.startsWith("/api/monitoring") || template.startsWith("/api/grant-programmes")
                || template.startsWith("/api/programmes") || template.contains("budget") ? "admin" : COORDINATOR;
        String path = existing(template, operation);
        send(caller, method, template.replaceAll("\\{[^}]+}", "not-an-id"), new Case("", null, null, false));
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                String name = parameter.path("name").asText();
                JsonNode schema = resolve(parameter.path("schema"));
                broken(schema, value -> {
                    String text = value.isTextual() ? value.asText() : value.toString();
                    // A query parameter is text: any text, an object's JSON too, is of a string's type.
                    boolean invalid = !(value.isObject() && "string".equals(typeOf(schema)));
                    send(caller, method, path, new Case("?" + name + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                            null, name, invalid));
                });
            }
        }
        JsonNode content = operation.path("requestBody").path("content").path("application/json");
        if (content.isMissingNode()) {
            send(caller, method, path, new Case("", null, null, false));
            return;
        }
        JsonNode schema = resolve(content.path("schema"));
        JsonNode valid = content.path("examples").isEmpty() ? sample(schema)
                : content.path("examples").elements().next().path("value");
        walk(schema, valid, List.of(), broken -> send(caller, method, path, broken));
        send(caller, method, path, new Case("", valid, null, false));
    }

    /** The operation's address with the ids of resources the set-up made. */
    private String existing(String template, JsonNode operation) {
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                path = path.replace("{" + parameter.path("name").asText() + "}", pathValue(template, parameter));
            }
        }
        return path;
    }

    private String pathValue(String template, JsonNode parameter) {
        String name = parameter.path("name").asText();
        if (name.equals("code")) {
            return "SH";
        }
        if (name.equals("number")) {
            return "1";
        }
        if (template.startsWith("/api/agreements/{id}/versions")) {
            return ids.get("revisable");
        }
        String collection = template.replaceFirst("^/api/", "").split("/")[0];
        return Optional.ofNullable(ids.get(collection)).orElse(
                "integer".equals(typeOf(resolve(parameter.path("schema")))) ? "987654321" : UUID.randomUUID().toString());
    }

    /** Every broken variant of the body, one value at a time, and of every object and array inside it. */
    private void walk(JsonNode schema, JsonNode body, List<Object> at, Consumer<Case> send) {
        schema = resolve(schema);
        if (at.size() > 6) {
            return;
        }
        if ("object".equals(typeOf(schema)) || schema.has("properties")) {
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                List<Object> child = append(at, property.getKey());
                JsonNode propertySchema = resolve(property.getValue());
                JsonNode present = body.at(pointer(child));
                JsonNode base = present.isMissingNode() || present.isNull() ? with(body, child, sample(propertySchema)) : body;
                String field = field(child);
                if (contains(schema.path("required"), property.getKey())) {
                    send.accept(new Case("", without(base, child), field, true));
                }
                broken(propertySchema, value -> send.accept(new Case("", with(base, child, value), field, true)));
                walk(propertySchema, base, child, send);
            }
        } else if ("array".equals(typeOf(schema))) {
            JsonNode items = resolve(schema.path("items"));
            JsonNode array = body.at(pointer(at));
            JsonNode base = array.size() > 0 ? body : with(body, at, NODES.arrayNode().add(sample(items)));
            List<Object> first = append(at, 0);
            broken(items, value -> send.accept(new Case("", with(base, first, value), field(first), true)));
            walk(items, base, first, send);
        }
    }

    /** Values of the right kind that break one of the schema's rules, and one of the wrong type. */
    private void broken(JsonNode schema, Consumer<JsonNode> send) {
        String type = typeOf(schema);
        if (type.isEmpty()) {
            // Any JSON value (a task's form values): nothing is of the wrong kind.
            return;
        }
        send.accept(wrongTypeFor(type));
        switch (type) {
            case "string" -> {
                int maxLength = schema.path("maxLength").asInt(0);
                if (maxLength > 0) {
                    send.accept(NODES.textNode("9".repeat(maxLength + 1)));
                }
                if (schema.path("minLength").asInt(0) > 1) {
                    send.accept(NODES.textNode("9".repeat(schema.path("minLength").asInt() - 1)));
                }
                if (schema.has("pattern")) {
                    Pattern pattern = Pattern.compile(schema.path("pattern").asText());
                    PATTERN_BREAKERS.stream().filter(value -> maxLength == 0 || value.length() <= maxLength)
                            .filter(value -> !pattern.matcher(value).find()).findFirst()
                            .ifPresent(value -> send.accept(NODES.textNode(value)));
                }
                if (schema.has("enum")) {
                    String value = schema.path("enum").get(0).asText();
                    String otherCase = value.equals(value.toUpperCase(Locale.ROOT)) ? value.toLowerCase(Locale.ROOT)
                            : value.toUpperCase(Locale.ROOT);
                    if (!otherCase.equals(value)) {
                        send.accept(NODES.textNode(otherCase));
                    }
                    send.accept(NODES.textNode("no-such-value"));
                }
                switch (schema.path("format").asText()) {
                    case "date" -> send.accept(NODES.textNode("2027-02-30"));
                    case "date-time" -> send.accept(NODES.textNode("2027-01-01T25:00:00Z"));
                    case "uuid" -> send.accept(NODES.textNode("not-a-uuid"));
                    case "duration" -> send.accept(NODES.textNode("P1X"));
                    default -> {
                    }
                }
                if (!schema.has("enum") && !schema.has("format")) {
                    send.accept(NODES.textNode("text\u0000"));
                }
            }
            case "integer", "number" -> {
                if (schema.has("maximum")) {
                    send.accept(NODES.numberNode(new BigDecimal(schema.path("maximum").asText()).add(BigDecimal.ONE)));
                }
                if (schema.has("minimum")) {
                    send.accept(NODES.numberNode(new BigDecimal(schema.path("minimum").asText()).subtract(BigDecimal.ONE)));
                }
                if (type.equals("integer")) {
                    send.accept(NODES.numberNode(new BigDecimal("1.5")));
                }
            }
            case "array" -> {
                JsonNode items = resolve(schema.path("items"));
                if (schema.has("maxItems")) {
                    ArrayNode tooMany = NODES.arrayNode();
                    for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                        tooMany.add(sample(items));
                    }
                    send.accept(tooMany);
                }
                if (schema.path("minItems").asInt(0) > 0) {
                    send.accept(NODES.arrayNode());
                }
            }
            default -> {
            }
        }
    }

    private void send(String caller, HttpMethod method, String path, Case sent) {
        cases++;
        if (sent.invalid()) {
            invalidCases++;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        ResponseEntity<String> answer = as(caller).exchange(URI.create(path + sent.query()), method,
                new HttpEntity<>(sent.body() == null ? null : sent.body().toString(), headers), String.class);
        int status = answer.getStatusCode().value();
        statuses.merge(status, 1, Integer::sum);
        String exchange = caller + " " + method + " " + path + sent.query()
                + (sent.field() == null ? "" : " breaking " + sent.field())
                + (sent.body() == null ? "" : " " + abbreviated(sent.body())) + " → " + status;
        if (status >= 500) {
            faults.add(exchange + ": a server error");
        } else if (status >= 400) {
            MediaType type = answer.getHeaders().getContentType();
            if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
                faults.add(exchange + ": not problem+json but " + type);
            } else if (status == 400 && sent.field() != null && !names(answer.getBody(), sent.field())) {
                faults.add(exchange + ": the problem does not name " + sent.field() + ": " + abbreviated(readTree(answer.getBody())));
            }
        } else if (sent.invalid() && status < 300) {
            faults.add(exchange + ": accepted what the document calls invalid");
        }
    }

    /** Whether the problem names the field, a value inside it, or (for a field the binder could not reach) its object. */
    private boolean names(String problem, String field) {
        for (JsonNode error : readTree(problem).path("errors")) {
            String named = error.path("field").asText();
            if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
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
                schema.path("properties").properties().forEach(p -> object.set(p.getKey(), sample(p.getValue())));
                yield object;
            }
            case "array" -> NODES.arrayNode().add(sample(schema.path("items")));
            case "integer", "number" -> NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(switch (schema.path("format").asText()) {
                case "date" -> "2026-01-01";
                case "date-time" -> "2026-01-01T00:00:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                default -> "text";
            });
        };
    }

    private static JsonNode wrongTypeFor(String type) {
        return switch (type) {
            case "string" -> NODES.objectNode().put("not", "a string");
            case "array" -> NODES.textNode("not an array");
            case "object" -> NODES.arrayNode().add(1);
            case "boolean" -> NODES.textNode("perhaps");
            default -> NODES.textNode("not a " + type);
        };
    }

    /** A copy of the body with the value at this place, the objects on the way made as needed. */
    private static JsonNode with(JsonNode body, List<Object> at, JsonNode value) {
        if (at.isEmpty()) {
            return value;
        }
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < at.size() - 1; i++) {
            Object step = at.get(i);
            JsonNode next = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
            if (next.isMissingNode() || next.isNull()) {
                next = at.get(i + 1) instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
                set(parent, step, next);
            }
            parent = next;
        }
        set(parent, at.get(at.size() - 1), value);
        return copy;
    }

    private static void set(JsonNode parent, Object step, JsonNode value) {
        if (step instanceof Integer index && parent instanceof ArrayNode array) {
            if (array.size() > index) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        } else if (parent instanceof ObjectNode object) {
            object.set(step.toString(), value);
        }
    }

    private static JsonNode without(JsonNode body, List<Object> at) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy.at(pointer(at.subList(0, at.size() - 1)));
        if (parent instanceof ObjectNode object) {
            object.remove(at.get(at.size() - 1).toString());
        }
        return copy;
    }

    private static List<Object> append(List<Object> at, Object step) {
        List<Object> longer = new ArrayList<>(at);
        longer.add(step);
        return longer;
    }

    private static String pointer(List<Object> at) {
        StringBuilder pointer = new StringBuilder();
        at.forEach(step -> pointer.append('/').append(step.toString().replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }

    /** The field as problems name it: {@code content.costShares[0].percent}. */
    private static String field(List<Object> at) {
        StringBuilder field = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(step);
            }
        }
        return field.toString();
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
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
    }
}
