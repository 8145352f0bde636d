package org.regionalcoop.settlement;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * How a participant's answer to a settlement arrived: its finance officer's task, its finance system through
 * an event, or the confirmation window closing on its silence.
 */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum SettlementAnswerPath {
    TASK, EVENT, SILENCE
}
