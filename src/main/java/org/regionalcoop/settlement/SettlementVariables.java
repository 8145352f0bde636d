package org.regionalcoop.settlement;

import org.regionalcoop.kernel.ProcessVariable;

import static org.regionalcoop.kernel.ProcessVariable.idVariable;
import static org.regionalcoop.kernel.ProcessVariable.stringVariable;

/**
 * The settlement process's variables that other modules read: the task list shows a finance officer the
 * settlement's position of the participant asked. The process's constants holder declares its other variables.
 */
public final class SettlementVariables {

    /** The settlement proposed by the instance. */
    public static final ProcessVariable<SettlementId> SETTLEMENT_ID = idVariable("settlementId", SettlementId::of);
    /** Local to each confirmation task: the participant it asks, by which its finance system's answer finds it. */
    public static final ProcessVariable<String> ANSWERING_PARTICIPANT = stringVariable("answeringParticipant");

    private SettlementVariables() {
    }
}
