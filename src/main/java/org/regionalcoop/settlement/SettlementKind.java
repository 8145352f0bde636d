package org.regionalcoop.settlement;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** Periodic: a settlement during the term, at each period's end. Final: the one at the agreement's end. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum SettlementKind implements Keyed {
    PERIODIC, FINAL
}
