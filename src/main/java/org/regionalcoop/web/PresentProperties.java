package org.regionalcoop.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.annotation.Nullable;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Says in the OpenAPI document which properties of the platform's records are always in their JSON and which
 * may be null. Jackson writes every component of a record, so a component is present and non-null unless it
 * is left out by {@link JsonInclude} (then it is absent rather than null), is an {@link Optional} (written as
 * null when empty) or is marked {@link Nullable}; a record that may be missing is left out rather than null. Deriving {@code required} from the Java type, rather than
 * marking each of some three hundred components {@code requiredMode = REQUIRED}, is the least code and keeps a
 * new component truthful by default: one that can be null but is not marked breaks the contract check of every
 * test that meets the null ({@code ApiContract}).
 * <p>
 * A record that declares required components itself is a request body as well, e.g. {@code AgreementContent}:
 * its list says what a request must give, and is left as it is; only the nulls are added to it.
 */
@Component
class PresentProperties implements ModelConverter {

    private static final String NULL = "null";

    private final ObjectMapper json;

    PresentProperties(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Schema<?> resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
        Class<?> raw = json.constructType(annotated.getType()).getRawClass();
        if (schema == null || !raw.isRecord() || !raw.getPackageName().startsWith("org.regionalcoop")) {
            return schema;
        }
        Schema<?> model = schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        Set<String> present = new LinkedHashSet<>();
        describe(raw, model.getProperties(), present);
        if (!declaresRequired(raw) && !present.isEmpty()) {
            model.setRequired(new ArrayList<>(present));
        }
        return schema;
    }

    /** Marks the nulls among the properties of the record's components and collects those always present. */
    private static void describe(Class<?> record, Map<String, Schema> properties, Set<String> present) {
        for (RecordComponent component : record.getRecordComponents()) {
            // Jackson's annotations do not apply to record components: Java hands them on to the accessor.
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class) && component.getType().isRecord()) {
                describe(component.getType(), properties, present);
                continue;
            }
            Schema<?> property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (leftOut(component)) {
                continue;
            }
            if (component.getType() == Optional.class || component.isAnnotationPresent(Nullable.class)) {
                properties.put(component.getName(), orNull(property));
            } else {
                present.add(component.getName());
            }
        }
    }

    /** A request body's record: one of its components is {@code @Schema(requiredMode = REQUIRED)}. */
    private static boolean declaresRequired(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(component -> component.getAccessor().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class))
                .anyMatch(schema -> schema != null && schema.requiredMode() == RequiredMode.REQUIRED);
    }

    private static boolean leftOut(RecordComponent component) {
        JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
        return include != null && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    /** A copy of the property's schema that allows null as well (OpenAPI 3.1: null is a type of its own). */
    private static Schema<?> orNull(Schema<?> property) {
        if (property.get$ref() != null) {
            // springdoc makes the referenced schema itself the null of an anyOf around the reference.
            throw new IllegalStateException("Leave " + property.get$ref() + " out when there is none "
                    + "(@JsonInclude(NON_NULL)) rather than write it as null");
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes() != null ? property.getTypes() : Set.of());
        if (property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty()) {
            return property;
        }
        // A copy, named as the property (an unwrapped record's properties are merged by name): the resolver may give
        // the same schema to every property of that type.
        Schema<Object> copy = new Schema<>().name(property.getName()).format(property.getFormat()).pattern(property.getPattern())
                .minLength(property.getMinLength()).maxLength(property.getMaxLength()).minimum(property.getMinimum())
                .maximum(property.getMaximum()).items(property.getItems()).description(property.getDescription());
        if (property.getExample() != null) {
            copy.setExample(property.getExample());
        }
        if (property.getEnum() != null) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null);
            copy.setEnum(values);
        }
        types.add(NULL);
        copy.setTypes(types);
        return copy;
    }
}
