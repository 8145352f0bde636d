package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** The policy fields an agreement covers; repeated-construction checks compare projects by field. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum CooperationField implements Keyed {
    TRANSPORT, ENVIRONMENT, INDUSTRY, SCIENCE_AND_TECHNOLOGY, PUBLIC_SERVICES, DISASTER_PREVENTION,
    ENERGY, WATER_RESOURCES, TOURISM, TRADE, LABOUR_MARKET, URBAN_PLANNING
}
