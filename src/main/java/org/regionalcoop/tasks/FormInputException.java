package org.regionalcoop.tasks;

import org.camunda.bpm.engine.BadUserRequestException;

/** Task values that break the task's form rules; the caller's mistake, answered with 400. */
class FormInputException extends BadUserRequestException {

    FormInputException(String message) {
        super(message);
    }
}
