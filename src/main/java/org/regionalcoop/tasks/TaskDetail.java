package org.regionalcoop.tasks;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A task with its agreement's context; the task's own fields stay at the top level, as in the list. */
public record TaskDetail(@JsonUnwrapped StaffTask task, AgreementContext agreement) {
}
