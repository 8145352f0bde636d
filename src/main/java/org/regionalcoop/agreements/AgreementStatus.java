package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

import org.regionalcoop.kernel.Keyed;

/** Where an agreement stands in its lifecycle. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum AgreementStatus implements Keyed {
    PROPOSED, IN_CONSENSUS, CONSENSUS_FAILED, ABANDONED, IN_APPROVAL, REJECTED, APPROVED, IN_CLOSURE, CLOSED;

    public static AgreementStatus fromKey(String key) {
        return Keyed.fromKey(AgreementStatus.class, key);
    }
}
