package org.regionalcoop.grants;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.Money;

/**
 * A programme's money as its ledger entries add up; never stored. Reserved is what reservations still hold
 * (reserve − award − release, per item never below zero); awarded and disbursed are net of reclaims, and reclaimed
 * is what reclaims took back; available is what neither a reservation nor an award holds.
 */
@Schema(description = "A budget year's money as its ledger adds up: reserved, awarded, disbursed, reclaimed and still available")
public record Balances(long programmeId, Money budget, Money reserved, Money awarded, Money disbursed, Money reclaimed,
                       Money available) {
}
