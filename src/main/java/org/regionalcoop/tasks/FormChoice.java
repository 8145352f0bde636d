package org.regionalcoop.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.regionalcoop.kernel.ProcessVariable;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One option of a Camunda Form's select whose options a variable holds ({@code valuesKey}): what it sends and what
 * the reader sees. The options are served as a JSON object value, which the Tasklist parses into the select's
 * options (it parses a variable whose serialization format is JSON); the platform never stores them.
 */
public record FormChoice(String value, String label) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<FormChoice>> LIST = new TypeReference<>() { };

    static ProcessVariable<List<FormChoice>> variable(String name) {
        return ProcessVariable.variable(name, FormChoice::read, FormChoice::write);
    }

    private static Object write(List<FormChoice> choices) {
        try {
            return Variables.serializedObjectValue(JSON.writeValueAsString(choices))
                    .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                    .objectTypeName(ArrayList.class.getName()).create();
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static List<FormChoice> read(Object stored) {
        try {
            return JSON.readValue(stored instanceof SerializableValue value ? value.getValueSerialized() : stored.toString(), LIST);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("not a list of form choices: " + stored, unreadable);
        }
    }
}
