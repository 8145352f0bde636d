package org.regionalcoop.web;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.regionalcoop.kernel.Violation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every value of a JSON body that cannot be bound, not only the first. Jackson stops at the first bad value
 * (an unknown enum constant, a malformed amount or date); when it does, the body is walked again alongside
 * the type it was bound to and each value is bound on its own, so the caller learns of every bad field at once.
 */
final class BadValues {

    private final ObjectMapper json;
    private final Function<JsonMappingException, String> reason;

    BadValues(ObjectMapper json, Function<JsonMappingException, String> reason) {
        this.json = json;
        this.reason = reason;
    }

    List<Violation> in(JsonNode body, JavaType type) {
        List<Violation> violations = new ArrayList<>();
        walk(body, type, "", violations);
        return violations;
    }

    private void walk(JsonNode node, JavaType type, String path, List<Violation> violations) {
        if (node == null || node.isNull() || JsonNode.class.isAssignableFrom(type.getRawClass())) {
            return;
        }
        if (type.isCollectionLikeType() && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), type.getContentType(), path + "[" + i + "]", violations);
            }
        } else if (type.isMapLikeType() && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), type.getContentType(), join(path, field.getKey()), violations);
            }
        } else if (node.isObject() && isComposite(type)) {
            BeanDescription bean = json.getDeserializationConfig().introspect(type);
            for (BeanPropertyDefinition property : bean.findProperties()) {
                walk(node.get(property.getName()), property.getPrimaryType(), join(path, property.getName()), violations);
            }
        } else {
            bindAlone(node, type, path, violations);
        }
    }

    private void bindAlone(JsonNode node, JavaType type, String path, List<Violation> violations) {
        try {
            json.readerFor(type).readValue(json.treeAsTokens(node));
        } catch (JsonMappingException e) {
            violations.add(new Violation(path.isEmpty() ? "(body)" : path, reason.apply(e)));
        } catch (IOException e) {
            violations.add(new Violation(path.isEmpty() ? "(body)" : path, "is not readable"));
        }
    }

    /** A record or bean whose properties are bound one by one; the JDK's own types are values. */
    private static boolean isComposite(JavaType type) {
        Class<?> raw = type.getRawClass();
        return !raw.isPrimitive() && !raw.isEnum() && !raw.isArray() && !raw.getName().startsWith("java.");
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
