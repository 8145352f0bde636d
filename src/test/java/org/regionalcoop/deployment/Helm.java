package org.regionalcoop.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The chart as the build saw it: the helm binary the build unpacked under target/, the chart's
 * directory and the manifests it rendered with each values file (see the pom's helm-chart execution).
 */
final class Helm {

    static final YAMLMapper YAML = new YAMLMapper();

    static final Path CHART = Path.of(property("helm.chart"));
    static final Path RENDERED = Path.of(property("helm.rendered"));
    private static final Path BINARY = Path.of(property("helm.binary"));

    private Helm() {
    }

    /** The rendering of the build with values-{name}.yaml ("default" for values.yaml alone). */
    static List<JsonNode> rendered(String name) {
        try {
            return documents(Files.readString(RENDERED.resolve(name + ".yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                // helm separates templates that rendered nothing with empty documents
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> kind.equals(document.path("kind").asText())).toList();
    }

    static JsonNode single(List<JsonNode> documents, String kind) {
        List<JsonNode> found = ofKind(documents, kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + ", found " + found.size());
        }
        return found.get(0);
    }

    /** Runs helm with the given arguments against the chart; the exit code and everything it printed. */
    static Result run(Path workDir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(BINARY.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Path home = RENDERED.resolveSibling("home");
        builder.environment().put("HELM_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("HELM_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("HELM_DATA_HOME", home.resolve("data").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("helm " + String.join(" ", arguments) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }

    record Result(int exitCode, String output) {
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the chart tests through `./mvnw verify` (failsafe)");
        }
        return value;
    }
}
