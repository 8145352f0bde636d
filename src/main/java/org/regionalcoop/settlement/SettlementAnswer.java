package org.regionalcoop.settlement;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** A participant's answer to a proposed settlement: it confirms, or it objects and the arbitrator decides. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum SettlementAnswer implements Keyed {
    CONFIRM, OBJECT
}
