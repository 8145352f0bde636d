package org.regionalcoop.projects;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/**
 * Where a participant's contribution to a project stands: pending until it is called; withdrawn when the project
 * ended at its agreement's closure before it was paid.
 */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum ContributionStatus implements Keyed {
    PENDING, REQUESTED, PAID, DEFAULTED, WITHDRAWN
}
