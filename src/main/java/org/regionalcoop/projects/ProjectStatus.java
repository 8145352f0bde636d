package org.regionalcoop.projects;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** Where a joint project stands: registered awaits the repeated-construction resolution. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum ProjectStatus implements Keyed {
    REGISTERED, ACTIVE, COMPLETED, MERGED, CANCELLED
}
