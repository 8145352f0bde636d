package org.regionalcoop.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The request bodies the OpenAPI document shows for an operation, and Swagger UI fills in, exactly as written under
 * {@code docs/examples/<operationId>/}: tests of operations Swagger UI is not driven for send these, so a documented
 * example that stops working fails a test.
 */
public final class DocumentedExamples {

    private static final Path EXAMPLES = Path.of("docs", "examples");

    private DocumentedExamples() {
    }

    /** The operation's examples by file name without {@code .json}, e.g. {@code pay} to {@code annual-contribution}. */
    public static Map<String, Map<String, Object>> of(String operationId) {
        Map<String, Map<String, Object>> examples = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES.resolve(operationId))) {
            files.filter(file -> file.toString().endsWith(".json")).sorted().forEach(file -> examples.put(
                    file.getFileName().toString().replaceFirst("\\.json$", ""), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("No examples of " + operationId, e);
        }
        if (examples.isEmpty()) {
            throw new IllegalStateException("No examples of " + operationId + " under " + EXAMPLES);
        }
        return examples;
    }

    /** The operation's one example of this name. */
    public static Map<String, Object> of(String operationId, String name) {
        return read(EXAMPLES.resolve(operationId).resolve(name + ".json"));
    }

    private static Map<String, Object> read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
