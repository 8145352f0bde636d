package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.organizations.Government;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure of each participant by which settlement divides the reported benefits, in proportion, instead of a fixed
 * ratio: its population or its GDP, as the registry states them when the settlement is calculated.
 */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum BenefitBasis implements Keyed {
    POPULATION, GDP;

    /** The participant's figure on this basis, if the registry states one. */
    public Optional<BigDecimal> of(Government government) {
        return government.indicators().map(indicators -> this == POPULATION
                ? Optional.ofNullable(indicators.population()).map(BigDecimal::valueOf)
                : Optional.ofNullable(indicators.gdp())).flatMap(figure -> figure);
    }
}
