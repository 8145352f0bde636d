package org.regionalcoop.grants;

import org.regionalcoop.kernel.Money;

/**
 * A programme's money as its ledger entries add up; never stored. Reserved is what reservations still hold
 * (reserve − award − release, per item never below zero); awarded and disbursed are net of reclaims, and reclaimed
 * is what reclaims took back; available is what neither a reservation nor an award holds.
 */
public record Balances(long programmeId, Money budget, Money reserved, Money awarded, Money disbursed, Money reclaimed,
                       Money available) {
}
