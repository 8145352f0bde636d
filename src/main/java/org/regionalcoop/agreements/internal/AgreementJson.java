package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Agreement content as canonical JSON (properties sorted, decimals plain), so the same content always
 * has the same SHA-256 hash, whoever wrote it and in whatever order.
 */
@Component
public class AgreementJson {

    private final ObjectMapper canonical;

    AgreementJson() {
        this.canonical = JsonMapper.builder()
                .findAndAddModules()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    String write(AgreementContent content) {
        try {
            return canonical.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Agreement content cannot be written as JSON", e);
        }
    }

    AgreementContent read(String json) {
        try {
            return canonical.readValue(json, AgreementContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored agreement content is not readable", e);
        }
    }

    /** A version reason's arguments, stored beside its key. */
    String writeArguments(List<String> arguments) {
        try {
            return canonical.writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Version reason arguments cannot be written as JSON", e);
        }
    }

    List<String> readArguments(String json) {
        try {
            return List.of(canonical.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored version reason arguments are not readable", e);
        }
    }

    public String hash(AgreementContent content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
