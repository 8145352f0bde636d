package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/** Where an agreement stands in its lifecycle. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum AgreementStatus {
    PROPOSED
}
