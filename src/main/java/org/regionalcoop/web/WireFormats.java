package org.regionalcoop.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * Describes values in the OpenAPI document as they travel, not as Java declares them: an enum constant as
 * Jackson writes it ({@code transport}, not {@code TRANSPORT}), an amount and a percentage as the decimal
 * strings the API reads and writes, a currency as its ISO 4217 code, an amount paid in another currency with its rate, a government code with its format, a typed id as the UUID it wraps. The values come from the same
 * {@link ObjectMapper} that binds requests, so the document cannot drift from the wire.
 */
@Component
class WireFormats implements ModelConverter {

    static final String AMOUNT = "^-?[0-9]{1," + Money.INTEGER_DIGITS + "}(\\.[0-9]{1,2})?$";
    static final String PERCENT = "^[0-9]{1,3}(\\.[0-9]{1,4})?$";

    private final ObjectMapper json;

    WireFormats(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Schema<?> resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType type = json.constructType(annotated.getType());
        Class<?> raw = type.getRawClass();
        if (raw.isEnum()) {
            return asWritten(raw);
        }
        if (isTypedId(raw)) {
            return new StringSchema().format("uuid");
        }
        if (raw == Money.class) {
            return new StringSchema().pattern(AMOUNT).maxLength(19).example("1250000.00")
                    .description("an exact decimal with at most two places, written as a string, in the currency its "
                            + "document names (the agreement's settlement currency; yuan where none is named)");
        }
        if (raw == CurrencyCode.class) {
            return new StringSchema().pattern("^[A-Z]{3}$").example("CNY")
                    .description("an ISO 4217 currency code with at most two minor units, e.g. CNY, JPY, RUB, HKD");
        }
        if (raw == OriginalAmount.class) {
            return new ObjectSchema().description("present only when the money changed hands in another currency than the "
                            + "agreement's settlement currency: what was paid, in which currency, at the rate the parties "
                            + "agreed and its date")
                    .addProperty("amount", new StringSchema().pattern(AMOUNT).maxLength(19).example("190000.03")
                            .description("the exact amount as paid, in currency"))
                    .addProperty("currency", new StringSchema().pattern("^[A-Z]{3}$").example("CNY")
                            .description("the ISO 4217 currency it was paid in"))
                    .addProperty("rate", new StringSchema().pattern("^[0-9]+(\\.[0-9]{1,10})?$").example("21.0526")
                            .description("units of the settlement currency per unit of currency, exactly as agreed"))
                    .addProperty("rateDate", new DateSchema().description("the day the parties agreed the rate"))
                    .required(List.of("amount", "currency", "rate", "rateDate"));
        }
        if (raw == BigDecimal.class && writtenAsString(annotated.getCtxAnnotations())) {
            return new StringSchema().pattern(PERCENT).maxLength(12).example("40.00")
                    .description("percent, an exact decimal with at most four places, written as a string");
        }
        if (JsonNode.class.isAssignableFrom(raw)) {
            return new Schema<>().description("any JSON value");
        }
        if (raw == GovernmentCode.class) {
            return new StringSchema().pattern("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$").maxLength(16).example("SH")
                    .description("a government's or agency's code in the registry");
        }
        return chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
    }

    /** An id of one kind of thing, e.g. {@code AgreementId}: a record around one UUID, written as that UUID. */
    private static boolean isTypedId(Class<?> raw) {
        return raw.isRecord() && raw.getRecordComponents().length == 1
                && raw.getRecordComponents()[0].getType() == UUID.class && raw.getSimpleName().endsWith("Id");
    }

    private StringSchema asWritten(Class<?> enumType) {
        StringSchema schema = new StringSchema();
        Arrays.stream(enumType.getEnumConstants()).map(constant -> json.convertValue(constant, String.class))
                .forEach(schema::addEnumItem);
        return schema;
    }

    private static boolean writtenAsString(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations).anyMatch(annotation ->
                annotation instanceof JsonFormat format && format.shape() == JsonFormat.Shape.STRING);
    }
}
