package org.regionalcoop.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ISO 4217 currency, by its three-letter code, with the minor unit the standard gives it (JPY 0 decimals, CNY and
 * EUR 2, KWD 3). Written in JSON as the code, e.g. {@code "CNY"}. Codes without a minor unit (gold, special drawing
 * rights, "no currency") are refused: nothing is settled in them.
 */
public record CurrencyCode(String code) {

    /** The yuan: every amount the platform kept before it knew currencies, and the default of every document. */
    public static final CurrencyCode CNY = new CurrencyCode("CNY");

    /**
     * The currencies an agreement can settle in, as a proposal offers them: the yuan first, then the currencies of
     * the neighbours and partners Chinese governments cooperate with across a border.
     */
    public static final List<CurrencyCode> OFFERED = List.of("CNY", "HKD", "MOP", "TWD", "RUB", "KZT", "MNT", "KRW",
            "JPY", "VND", "LAK", "MMK", "KGS", "USD", "EUR").stream().map(CurrencyCode::new).toList();

    public CurrencyCode {
        Objects.requireNonNull(code, "currency");
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(code + " has no minor unit: amounts are not kept in it");
        }
    }

    @JsonCreator
    public static CurrencyCode of(String code) {
        return new CurrencyCode(code == null ? null : code.strip());
    }

    /** How many decimals an amount in this currency has: 0 for JPY, 2 for CNY, 3 for KWD. */
    public int minorUnits() {
        return Currency.getInstance(code).getDefaultFractionDigits();
    }

    /**
     * Whether amounts in this currency fit the platform's two-decimal amounts ({@link Money}), as the event contracts
     * and the tables write them; a currency with three minor units does not.
     */
    public boolean fitsMoney() {
        return minorUnits() <= Money.DECIMALS;
    }

    /** What is wrong with this amount in this currency, e.g. yen with sen, or nothing. */
    public Optional<String> problemWith(Money amount) {
        if (amount.yuan().stripTrailingZeros().scale() > minorUnits()) {
            return Optional.of(minorUnits() == 0
                    ? "an amount in " + code + " has no decimals"
                    : "an amount in " + code + " has at most " + minorUnits() + " decimals");
        }
        return Optional.empty();
    }

    /** The java.util.Currency, for formatting by locale. */
    public Currency currency() {
        return Currency.getInstance(code);
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
