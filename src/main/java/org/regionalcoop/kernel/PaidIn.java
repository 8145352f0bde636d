package org.regionalcoop.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a payment was made, as the person reporting it states it: in a currency other than the agreement's, with the
 * rate the parties agreed (units of the settlement currency per unit of it, an exact decimal) and the day they agreed
 * it; all null for a payment in the settlement currency. Funds and projects take payments this way and check it alike.
 */
public record PaidIn(CurrencyCode currency, String rate, LocalDate rateDate) {

    public static final PaidIn SETTLEMENT_CURRENCY = new PaidIn(null, null, null);

    /** A rate as it may be typed: a decimal with at most fourteen digits before the point and ten after it. */
    public static final String RATE_PATTERN = "^[0-9]{1,14}(\\.[0-9]{1,10})?$";

    /** Whether the amount as reported is already in the settlement currency, so needs no rate. */
    public boolean isIn(CurrencyCode settlement) {
        return currency == null || currency.equals(settlement);
    }

    /** The currency the amount as reported is in. */
    public CurrencyCode currencyOr(CurrencyCode settlement) {
        return currency == null ? settlement : currency;
    }

    /**
     * What is wrong with the way the payment of {@code amount} (positive, as paid) was made: a payment in the settlement
     * currency has no rate; one in another needs a currency with at most two minor units, a positive rate with at most
     * ten decimals and the day it was agreed, not after {@code today}, and must count for at least the settlement
     * currency's smallest amount and for no more digits than an amount may have ({@link Money#INTEGER_DIGITS}).
     */
    public List<Violation> problems(Money amount, CurrencyCode settlement, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (isIn(settlement)) {
            if (rate != null || rateDate != null) {
                violations.add(new Violation("rate", "a payment in " + settlement + ", the agreement's settlement "
                        + "currency, has no rate"));
            }
            return violations;
        }
        if (!currency.fitsMoney()) {
            violations.add(new Violation("currency", currency + " has " + currency.minorUnits()
                    + " minor units; amounts are kept to two decimals"));
        }
        if (rate == null || rate.isBlank()) {
            violations.add(new Violation("rate", "the rate agreed for a payment in " + currency
                    + " is required: units of " + settlement + " per unit of " + currency));
        } else if (!rate.strip().matches(RATE_PATTERN) || new BigDecimal(rate.strip()).signum() <= 0) {
            violations.add(new Violation("rate", "a rate is a positive decimal with at most ten decimals, not '"
                    + rate + "'"));
        }
        if (rateDate == null) {
            violations.add(new Violation("rateDate", "the day the rate was agreed is required"));
        } else if (rateDate.isAfter(today)) {
            violations.add(new Violation("rateDate", "must not be in the future"));
        }
        if (violations.isEmpty() && amount != null && amount.yuan().signum() > 0) {
            BigDecimal counted = counted(amount, settlement).yuan();
            if (counted.signum() <= 0) {
                violations.add(new Violation("amount", amount + " " + currency + " at the rate of " + rate
                        + " is less than the smallest amount of " + settlement));
            } else if (counted.precision() - counted.scale() > Money.INTEGER_DIGITS) {
                violations.add(new Violation("amount", amount + " " + currency + " at the rate of " + rate + " counts for "
                        + counted.toPlainString() + " " + settlement + ", more than " + Money.INTEGER_DIGITS
                        + " digits before the decimal point"));
            }
        }
        return violations;
    }

    /** What the payment counts for in the settlement currency: the amount converted at the agreed rate, half up. */
    public Money counted(Money amount, CurrencyCode settlement) {
        return isIn(settlement) ? amount : rateInto(settlement).convert(Amount.of(amount, currency)).money();
    }

    /** What was paid, for the ledger beside what it counts for; null for a payment in the settlement currency. */
    public OriginalAmount original(Money amount, CurrencyCode settlement) {
        return isIn(settlement) ? null : OriginalAmount.of(Amount.of(amount, currency), rateInto(settlement));
    }

    private AgreedRate rateInto(CurrencyCode settlement) {
        return new AgreedRate(currency, settlement, new BigDecimal(rate.strip()), rateDate);
    }
}
