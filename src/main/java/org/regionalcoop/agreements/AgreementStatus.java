package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

import java.util.Locale;

/** Where an agreement stands in its lifecycle. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum AgreementStatus {
    PROPOSED, IN_CONSENSUS, CONSENSUS_FAILED, ABANDONED, IN_APPROVAL, REJECTED, APPROVED, IN_CLOSURE, CLOSED;

    /** The kebab-case key used in JSON, BPMN and events, e.g. {@code in-consensus}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AgreementStatus fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
