package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** How the cooperation came about; it decides who may initiate it. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum CooperationMode implements Keyed {
    /** Local governments agree first, then seek approval and support (the developed east). */
    BOTTOM_UP,
    /** A superior body initiates and induces the cooperation with money or pilot-zone status. */
    TOP_DOWN,
    /** A richer government is paired with a poorer one and transfers support. */
    COUNTERPART_SUPPORT
}
