package org.regionalcoop.settlement;

import org.regionalcoop.kernel.Money;

import java.math.BigDecimal;

/** Settlements compute in fen (whole hundredths of a yuan) and show yuan. */
final class Fen {

    private Fen() {
    }

    static long of(Money amount) {
        return amount.yuan().movePointRight(2).longValueExact();
    }

    static Money money(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }
}
