package org.regionalcoop.tasks;

/** The task cannot be worked as asked: already completed, withdrawn, or claimed by someone else. */
public class TaskConflictException extends RuntimeException {

    public TaskConflictException(String message) {
        super(message);
    }
}
