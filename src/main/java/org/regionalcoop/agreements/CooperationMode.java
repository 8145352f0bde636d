package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/**
 * The form of cooperation: who may initiate it and, through the decision table {@code superior_approval}, whether
 * and by whom a superior approves it.
 */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum CooperationMode implements Keyed {
    /** Local governments agree first, then seek approval and support (the developed east). */
    BOTTOM_UP,
    /** A superior body initiates and induces the cooperation with money or pilot-zone status. */
    TOP_DOWN,
    /** A richer government is paired with a poorer one and transfers support. */
    COUNTERPART_SUPPORT,
    /**
     * Equals bind themselves by their own signatures; no superior approves (councils of governments, a summit
     * with a rotating host, an urban network).
     */
    HORIZONTAL
}
