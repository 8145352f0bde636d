package org.regionalcoop.consensus;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/** How an answer arrived: a coordinator's task, or the participant's own system through an event. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum AnswerPath {
    TASK, EVENT
}
