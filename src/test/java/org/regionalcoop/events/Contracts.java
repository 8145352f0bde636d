package org.regionalcoop.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the contract of a published event lives and how data is checked against it. Events of the
 * platform's code have theirs in the project's {@code kafka/} folder, which downstream teams read;
 * test-only events have theirs under {@code src/test/resources/kafka/}.
 */
final class Contracts {

    static final Path MAIN = Path.of("kafka");
    static final Path TEST = Path.of("src/test/resources/kafka");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private Contracts() {
    }

    /** Every {@code @Published} class under {@code org.regionalcoop}, in main and test code. */
    static List<Class<?>> publishedEvents() {
        return annotated(Published.class);
    }

    /** Every {@code @Inbound} class under {@code org.regionalcoop}, in main and test code. */
    static List<Class<?>> inboundEvents() {
        return annotated(Inbound.class);
    }

    private static List<Class<?>> annotated(Class<? extends Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("org.regionalcoop").stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, Contracts.class.getClassLoader()))
                .toList();
    }

    static List<Path> roots() {
        return List.of(MAIN, TEST);
    }

    static Path root(Class<?> event) {
        try {
            Path location = Path.of(event.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.endsWith(Path.of("target", "test-classes")) ? TEST : MAIN;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <type>.v<version>.json} of a {@code @Published} or an {@code @Inbound} event. */
    static String fileName(Class<?> event) {
        Published published = event.getAnnotation(Published.class);
        return published != null ? published.type() + ".v" + published.version() + ".json"
                : InboundTypes.schemaFile(event.getAnnotation(Inbound.class));
    }

    static Path schema(Class<?> event) {
        return root(event).resolve("schemas").resolve(fileName(event));
    }

    static Path example(Class<?> event) {
        return root(event).resolve("examples").resolve(fileName(event));
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Messages of everything in {@code data} that the event's schema rejects; empty when it is valid. */
    static Set<String> validate(Class<?> event, JsonNode data) {
        return validate(schema(event), data);
    }

    static Set<String> validate(Path schema, JsonNode data) {
        return messages(FACTORY.getSchema(read(schema), CONFIG).validate(data));
    }

    /** Messages of everything in the schema that JSON Schema 2020-12 itself rejects. */
    static Set<String> validateSchema(Path schema) {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012), CONFIG);
        return messages(metaSchema.validate(read(schema)));
    }

    private static Set<String> messages(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }
}
