package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/** The type decides the consensus rule: unanimity for a framework, a qualified majority otherwise. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum AgreementType {
    FRAMEWORK, SPECIALIZED
}
