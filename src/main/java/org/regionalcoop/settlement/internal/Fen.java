package org.regionalcoop.settlement.internal;

import org.regionalcoop.settlement.Settlements;

import org.regionalcoop.kernel.Money;

import java.math.BigDecimal;

/** Settlements compute in fen (whole hundredths of a yuan) and show yuan. */
public final class Fen {

    private Fen() {
    }

    public static long of(Money amount) {
        return amount.yuan().movePointRight(2).longValueExact();
    }

    public static Money money(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }
}
