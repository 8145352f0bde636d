package org.regionalcoop.grants;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** Where a requested support item stands. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum GrantStatus implements Keyed {
    PENDING, AWARDED, PARTLY_AWARDED, DECLINED, REVOKED;

    public static GrantStatus fromKey(String key) {
        return Keyed.fromKey(GrantStatus.class, key);
    }
}
