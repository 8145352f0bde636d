package org.regionalcoop.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** The constants' keys, e.g. to bind as an SQL list parameter ({@code status in (:open)}). */
    @SafeVarargs
    static <E extends Enum<E> & Keyed> List<String> keys(E... constants) {
        return Arrays.stream(constants).map(Keyed::key).toList();
    }

    /**
     * The constants' keys as a parenthesised list of SQL literals, e.g. {@code ('registered', 'active')}, for a query
     * whose statuses must be literals (a partial index's predicate matches only literals). Built from the enum, so a
     * renamed constant cannot leave the SQL behind; keys are letters and hyphens, nothing to escape.
     */
    @SafeVarargs
    static <E extends Enum<E> & Keyed> String sqlList(E... constants) {
        return Arrays.stream(constants).map(constant -> "'" + constant.key() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /** The constant with exactly this key; empty for any other text, which a request's check refuses by its field. */
    static <E extends Enum<E> & Keyed> Optional<E> findKey(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.key().equals(key)).findFirst();
    }
}
