package org.regionalcoop.projects;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** Where a project's milestone stands; a rejected report is to be reported again. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum MilestoneStatus implements Keyed {
    PENDING, REPORTED, REJECTED, VERIFIED
}
