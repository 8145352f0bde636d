package org.regionalcoop.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The exchange rate the parties agreed for an amount paid in a currency other than the one they settle in: how many
 * units of {@code to} one unit of {@code from} is worth, exactly as agreed (never a floating-point number), and the
 * day they agreed it. The platform looks up no market rate; the parties' agreement is the fact it records.
 */
public record AgreedRate(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate agreedOn) {

    /**
     * Half up, as a person converting by hand rounds (四舍五入) and as the euro's conversion rules prescribe: each
     * conversion is one amount both parties check on paper, not a stream of roundings in which half-even would
     * cancel a bias.
     */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public AgreedRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(agreedOn, "agreedOn");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a rate converts between two currencies, not " + from + " into itself");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("a rate is more than zero, not " + rate.toPlainString());
        }
        rate = rate.stripTrailingZeros();
    }

    /** The amount in {@code to}, rounded half up to its minor unit; refused for an amount in another currency. */
    public Amount convert(Amount amount) {
        if (!amount.currency().equals(from)) {
            throw new IllegalArgumentException("a rate from " + from + " does not convert an amount in " + amount.currency());
        }
        return new Amount(amount.value().multiply(rate).setScale(to.minorUnits(), ROUNDING), to);
    }

    /** The rate as a plain decimal string, as agreed. */
    public String rateText() {
        return rate.toPlainString();
    }
}
