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
}
