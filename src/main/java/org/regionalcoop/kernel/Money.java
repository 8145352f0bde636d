package org.regionalcoop.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of yuan with at most two decimals (fen), never a floating-point number. Written in
 * JSON as a decimal string, e.g. {@code "1250000.00"}, so no consumer rounds it.
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(yuan, "amount");
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount has at most two decimals (fen): " + yuan.toPlainString());
        }
        yuan = yuan.setScale(2);
    }

    /** From a decimal string or a JSON number (read as an exact BigDecimal, never a double). */
    @JsonCreator
    public static Money of(Object yuan) {
        try {
            return new Money(new BigDecimal(yuan.toString().trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + yuan + "' is not a decimal amount");
        }
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @JsonValue
    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
