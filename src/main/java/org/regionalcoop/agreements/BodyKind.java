package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** What a governing body of an agreement is, as the governments in the thesis's cases name their bodies. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum BodyKind implements Keyed {
    /** The members' heads meeting on a schedule, e.g. the capital-circle summit whose host rotates yearly. */
    SUMMIT,
    /** A council of the members' governments that governs the cooperation, e.g. a council of governments. */
    COUNCIL,
    /** A committee that sets strategy or reviews plans, e.g. a network's regulatory committee. */
    COMMITTEE,
    /** A group that sets the work outline and allocates project funds, e.g. a network working group. */
    WORKING_GROUP,
    /** A professional circle that carries out projects. */
    WORKING_CIRCLE,
    /** A standing committee that follows one field up between meetings, e.g. waste or disaster prevention. */
    STANDING_COMMITTEE
}
