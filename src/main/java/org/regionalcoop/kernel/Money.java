package org.regionalcoop.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount with at most two decimals, never a floating-point number, in the currency its document names: the
 * agreement's settlement currency, a grant programme's yuan, the currency a payment states; yuan (CNY) wherever a
 * document names none, as every amount was before the platform knew currencies. Written in JSON as a decimal string,
 * e.g. {@code "1250000.00"}, so no consumer rounds it. Where amounts of different currencies meet, {@link Amount}
 * carries the currency with the amount ({@code docs/decisions/currency.md}).
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    /** The decimals every amount is written with, whatever its currency: fen for yuan, cents, or .00 for yen. */
    public static final int DECIMALS = 2;

    /**
     * The most digits an amount taken in may have before the point: every amount is stored as {@code numeric(18, 2)}
     * (and settlements count it in fen, a {@code bigint}), so a larger one could only fail half-way through a command.
     */
    public static final int INTEGER_DIGITS = 16;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(yuan, "amount");
        if (yuan.stripTrailingZeros().scale() > DECIMALS) {
            throw new IllegalArgumentException("an amount has at most two decimals (fen): " + yuan.toPlainString());
        }
        yuan = yuan.setScale(DECIMALS);
    }

    /**
     * From a decimal string or a JSON number (read as an exact BigDecimal, never a double), as a request or an event
     * states it: at most {@value #INTEGER_DIGITS} digits before the point, as the API's document and the database say.
     */
    @JsonCreator
    public static Money of(Object yuan) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(yuan.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + yuan + "' is not a decimal amount");
        }
        if (amount.precision() - amount.scale() > INTEGER_DIGITS) {
            throw new IllegalArgumentException("an amount has at most " + INTEGER_DIGITS + " digits before the decimal point");
        }
        return new Money(amount);
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
