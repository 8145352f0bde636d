package org.regionalcoop.kernel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A status or kind whose constants travel as kebab-case keys in JSON, SQL, BPMN and events, e.g.
 * {@code IN_CONSENSUS} as {@code in-consensus}. Implemented by enums; JSON uses the same keys through
 * Jackson's kebab-case enum naming.
 */
public interface Keyed {

    String name();

    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & Keyed> E fromKey(Class<E> type, String key) {
        return Enum.valueOf(type, key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The constant with exactly this key; empty for any other text, which a request's check refuses by its field. */
    static <E extends Enum<E> & Keyed> Optional<E> findKey(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.key().equals(key)).findFirst();
    }
}
