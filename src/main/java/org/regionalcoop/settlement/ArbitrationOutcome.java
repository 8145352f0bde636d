package org.regionalcoop.settlement;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** The arbitrator's decision on an objection: the settlement stands, or it was adjusted and netted again. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum ArbitrationOutcome implements Keyed {
    UPHELD, ADJUSTED
}
