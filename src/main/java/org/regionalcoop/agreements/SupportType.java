package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** The kinds of support an agreement can request from a superior; each maps to a grant programme. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum SupportType implements Keyed {
    FISCAL_TRANSFER(true),
    PILOT_ZONE_STATUS(false),
    TAX_PREFERENCE(true),
    LAND_QUOTA(false),
    INFRASTRUCTURE_INVESTMENT(true);

    private final boolean monetary;

    SupportType(boolean monetary) {
        this.monetary = monetary;
    }

    /** Monetary support names an amount; pilot-zone status and land quotas do not. */
    public boolean monetary() {
        return monetary;
    }
}
