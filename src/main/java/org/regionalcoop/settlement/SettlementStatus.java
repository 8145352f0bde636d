package org.regionalcoop.settlement;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/**
 * Where a settlement stands. Superseded: a later settlement of the agreement took over before this one was
 * finalized. Nothing to settle: the period had no costs, benefits or support to share.
 */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum SettlementStatus implements Keyed {
    PROPOSED, ARBITRATION, FINALIZED, COMPLETED, SUPERSEDED, NOTHING_TO_SETTLE;

    /** Finalized or completed: its transfers were instructed and count as settled. */
    public boolean settled() {
        return this == FINALIZED || this == COMPLETED;
    }

    /** Proposed or in arbitration: still waiting for answers or an arbitrator. */
    public boolean open() {
        return this == PROPOSED || this == ARBITRATION;
    }
}
