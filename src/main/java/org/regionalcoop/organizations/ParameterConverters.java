package org.regionalcoop.organizations;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Lets request parameters use the same lower-case keys as the JSON, e.g. {@code ?level=provincial}. */
final class ParameterConverters {

    private ParameterConverters() {
    }

    @Component
    static class LevelParameter implements Converter<String, Level> {
        @Override
        public Level convert(String value) {
            return Level.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    @Component
    static class PlateParameter implements Converter<String, Plate> {
        @Override
        public Plate convert(String value) {
            return Plate.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }
}
