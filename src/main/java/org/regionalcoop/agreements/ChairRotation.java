package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** How the chair (the host of the meetings) of a governing body passes along its order list. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum ChairRotation implements Keyed {
    /** The first of the order list chairs throughout. */
    FIXED,
    /** The chair passes to the next in the order every year, counted from the first meeting. */
    YEARLY,
    /** Every meeting is hosted by the next in the order. */
    PER_MEETING
}
