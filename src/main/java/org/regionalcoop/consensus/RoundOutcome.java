package org.regionalcoop.consensus;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/**
 * How a round of answers ended: the consensus rule's verdict (consensus, amend, failed), or abandoned by the joint
 * meeting. Travels as its key in the models' conditions, the round's row and the round-closed event.
 */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum RoundOutcome implements Keyed {
    CONSENSUS, AMEND, FAILED, ABANDONED
}
