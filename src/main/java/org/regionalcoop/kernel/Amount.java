package org.regionalcoop.kernel;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount that knows its currency, as exact as the currency's minor unit and no more (1,000 JPY, 1,000.00
 * CNY, 1,000.000 KWD): for the places where amounts of different currencies meet, such as a payment in one currency
 * towards an agreement settled in another. Adding amounts of different currencies is refused; only an
 * {@link AgreedRate} turns one into another.
 */
public record Amount(BigDecimal value, CurrencyCode currency) {

    public Amount {
        Objects.requireNonNull(value, "amount");
        Objects.requireNonNull(currency, "currency");
        if (value.stripTrailingZeros().scale() > currency.minorUnits()) {
            throw new IllegalArgumentException("an amount in " + currency + " has at most " + currency.minorUnits()
                    + " decimals: " + value.toPlainString());
        }
        value = value.setScale(currency.minorUnits());
    }

    /** An amount of this currency's minor units (fen, yen, fils). */
    public static Amount ofMinor(long minorUnits, CurrencyCode currency) {
        return new Amount(BigDecimal.valueOf(minorUnits, currency.minorUnits()), currency);
    }

    /** A platform amount stated in a currency; refused when it is finer than the currency's minor unit. */
    public static Amount of(Money money, CurrencyCode currency) {
        return new Amount(money.yuan(), currency);
    }

    /** This amount in whole minor units: fen for yuan, yen for yen, fils for dinar. */
    public long minorUnits() {
        return value.movePointRight(currency.minorUnits()).longValueExact();
    }

    public Amount plus(Amount other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("amounts in " + currency + " and " + other.currency
                    + " are not added; convert one at the rate the parties agreed");
        }
        return new Amount(value.add(other.value), currency);
    }

    /** The platform's two-decimal amount, as the contracts and tables carry it; the currency is stated beside it. */
    public Money money() {
        return new Money(value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + currency;
    }
}
