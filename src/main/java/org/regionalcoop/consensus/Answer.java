package org.regionalcoop.consensus;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

import java.util.Locale;

/** A participant's answer to the version put to it. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum Answer {
    CONSENT, DECLINE, AMEND;

    /** The form and event value, e.g. {@code consent}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Answer fromKey(String key) {
        for (Answer answer : values()) {
            if (answer.key().equals(key)) {
                return answer;
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not an answer; expected consent, decline or amend");
    }
}
