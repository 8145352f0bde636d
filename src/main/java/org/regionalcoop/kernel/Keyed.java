package org.regionalcoop.kernel;

import java.util.Locale;

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
}
