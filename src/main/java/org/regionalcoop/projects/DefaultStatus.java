package org.regionalcoop.projects;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** Where a missed contribution deadline and its penalty stand. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum DefaultStatus implements Keyed {
    REMINDED, PAID_IN_GRACE, PENALTY_PROPOSED, DISPUTED, IMPOSED, WAIVED
}
