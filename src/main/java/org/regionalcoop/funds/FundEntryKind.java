package org.regionalcoop.funds;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/**
 * The movements of a pooled fund's money: a member's payment in, a hold for a project awaiting its allocation, the
 * allocation of what was held, and a hold given back.
 */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum FundEntryKind implements Keyed {
    PAY_IN, RESERVE, ALLOCATE, RELEASE
}
