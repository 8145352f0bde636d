package org.regionalcoop.organizations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** The registry's identifier of a government or coordination agency, e.g. {@code SH} or {@code HN-PCA}. */
public record GovernmentCode(String value) implements Comparable<GovernmentCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    public GovernmentCode {
        Objects.requireNonNull(value, "government code");
        if (value.length() > 16 || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a government code (upper-case letters and digits, hyphen-separated, at most 16)");
        }
    }

    @JsonCreator
    public static GovernmentCode of(String value) {
        return new GovernmentCode(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(GovernmentCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
