package org.regionalcoop.settlement.internal;

/**
 * One participant's position in a settlement, in fen, with the components it is made of. Positive means
 * the others owe it; negative means it owes.
 *
 * @param costPaid        what it paid into joint projects, and shared meeting costs it bore as a body's host
 * @param costShare       its share of those actual costs, each project by its own cost shares
 * @param benefitReceived the shared benefits it reported
 * @param benefitFair     its fair part of all reported benefits, by the agreement's benefit shares (else its cost shares)
 * @param penalties       penalties owed to it (positive) or by it (negative)
 * @param support         counterpart support it receives (positive) or gives (negative)
 * @param adjustments     arbitrators' adjustments in its favour (positive) or against it (negative)
 * @param settled         transfers already finalized: paid (positive) or received (negative)
 */
public record Position(String participant, long costPaid, long costShare, long benefitReceived, long benefitFair,
                long penalties, long support, long adjustments, long settled) {

    public long cost() {
        return costPaid - costShare;
    }

    public long benefit() {
        return benefitFair - benefitReceived;
    }

    /** This position counted in units {@code step} times as large. */
    Position times(long step) {
        return new Position(participant, costPaid * step, costShare * step, benefitReceived * step, benefitFair * step,
                penalties * step, support * step, adjustments * step, settled * step);
    }

    public long net() {
        return cost() + benefit() + penalties + support + adjustments + settled;
    }
}
