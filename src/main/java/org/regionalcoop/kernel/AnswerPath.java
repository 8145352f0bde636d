package org.regionalcoop.kernel;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * How a participant's answer arrived: its staff's task, its own system through an event, or a window
 * closing on its silence (settlement confirmations only).
 */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum AnswerPath {
    TASK, EVENT, SILENCE
}
