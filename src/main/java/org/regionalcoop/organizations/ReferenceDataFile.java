package org.regionalcoop.organizations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.List;

/**
 * The versioned reference-data file as written, before validation. Fields stay strings so a bad value
 * can be reported with its row rather than as a parser error.
 */
record ReferenceDataFile(String version, List<Row> governments) {

    record Row(String code, String name, String nameZh, String level, String kind, String parent, String plate, List<String> roles,
               Indicators indicators) {
    }

    /** A government's figures as written: population (residents), GDP (billion yuan), their year and source. */
    record Indicators(String population, String gdp, String year, String source) {
    }

    private static final JsonMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static ReferenceDataFile parse(String source, byte[] content) {
        ReferenceDataFile file;
        try {
            file = YAML.readValue(content, ReferenceDataFile.class);
        } catch (JsonProcessingException e) {
            throw new InvalidReferenceDataException("Reference data " + source + " is not readable at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidReferenceDataException("Reference data " + source + " is not readable: " + e.getMessage(), e);
        }
        if (file == null || file.version() == null || file.version().isBlank()) {
            throw new InvalidReferenceDataException("Reference data " + source + " has no 'version'");
        }
        if (file.governments() == null || file.governments().isEmpty()) {
            throw new InvalidReferenceDataException("Reference data " + source + " lists no governments");
        }
        return file;
    }
}
