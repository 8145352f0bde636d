package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

import org.regionalcoop.kernel.Keyed;

/**
 * Where an agreement stands in its lifecycle. An agreement is in force once {@link #APPROVED} by a superior or, where
 * its form of cooperation asks none, {@link #ADOPTED} by its parties' own signatures.
 */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum AgreementStatus implements Keyed {
    PROPOSED, IN_CONSENSUS, CONSENSUS_FAILED, ABANDONED, IN_APPROVAL, REJECTED, APPROVED, IN_CLOSURE, CLOSED, ADOPTED;

    /** Joint projects run and the participants settle while an agreement is in force. */
    public boolean inForce() {
        return this == APPROVED || this == ADOPTED;
    }

    /** The agreement ended without coming into force: consensus failed or was abandoned, or approval rejected it. */
    public boolean failed() {
        return this == CONSENSUS_FAILED || this == ABANDONED || this == REJECTED;
    }

    public static AgreementStatus fromKey(String key) {
        return Keyed.fromKey(AgreementStatus.class, key);
    }
}
