package org.regionalcoop.settlement.internal;

/** Money that moves, or is owed, from one participant to another, in fen. */
public record Flow(String payer, String payee, long fen) {

    public Flow {
        if (fen < 0) {
            throw new IllegalArgumentException("a flow is never negative: " + fen);
        }
        if (payer.equals(payee)) {
            throw new IllegalArgumentException("a participant does not pay itself: " + payer);
        }
    }

    Flow times(long step) {
        return new Flow(payer, payee, fen * step);
    }

    /** This flow counted in units {@code step} times as large; refused when it is not a whole number of them. */
    Flow inUnitsOf(long step) {
        return new Flow(payer, payee, SettlementFacts.whole(fen, step));
    }
}
