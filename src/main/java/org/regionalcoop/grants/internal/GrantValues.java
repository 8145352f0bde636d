package org.regionalcoop.grants.internal;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.Violation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads the values staff type into a decision or a request, naming the field of each one that is bad. */
public final class GrantValues {

    private GrantValues() {
    }

    public static Money positiveAmount(String field, String text, List<Violation> violations) {
        if (isBlank(text)) {
            violations.add(new Violation(field, "is required"));
            return null;
        }
        try {
            Money amount = Money.of(text);
            if (amount.yuan().signum() <= 0) {
                violations.add(new Violation(field, "must be positive, not " + text));
                return null;
            }
            return amount;
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, e.getMessage()));
            return null;
        }
    }

    public static LocalDate date(String field, String text, List<Violation> violations) {
        if (isBlank(text)) {
            violations.add(new Violation(field, "is required for a status or quota granted for a period"));
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "'" + text + "' is not a date (yyyy-mm-dd)"));
            return null;
        }
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }
}
