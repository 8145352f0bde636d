package org.regionalcoop.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What was paid in a currency other than the one it counts in, as the ledger keeps it beside the converted amount:
 * the amount, its currency, and the rate the parties agreed (units of the settlement currency per unit of this one,
 * as a plain decimal string) with the day they agreed it.
 */
public record OriginalAmount(Money amount, CurrencyCode currency, String rate, LocalDate rateDate) {

    public static OriginalAmount of(Amount paid, AgreedRate rate) {
        return new OriginalAmount(paid.money(), paid.currency(), rate.rateText(), rate.agreedOn());
    }

    /** The amount as paid, in its currency. */
    public Amount paid() {
        return Amount.of(amount, currency);
    }

    /**
     * What is wrong with reporting {@code amount} in the settlement currency as this original converted: a rate into the
     * same currency, or an amount that is not exactly the conversion (half up, to the settlement currency's minor
     * unit), so that both sides' books agree before the money counts.
     */
    public Optional<String> problemWith(Money amount, CurrencyCode settlement) {
        if (currency.equals(settlement)) {
            return Optional.of("a payment in " + settlement + ", the agreement's settlement currency, needs no rate");
        }
        Amount converted = rateInto(settlement).convert(paid());
        if (!converted.money().equals(amount)) {
            return Optional.of("the payment of " + paid() + " at the agreed rate of " + rate + " of " + rateDate
                    + " counts for " + converted + ", not " + amount + " " + settlement);
        }
        return Optional.empty();
    }

    /** The rate the parties agreed, into the currency the amount counts in. */
    public AgreedRate rateInto(CurrencyCode settlement) {
        return new AgreedRate(currency, settlement, new BigDecimal(rate), rateDate);
    }
}
