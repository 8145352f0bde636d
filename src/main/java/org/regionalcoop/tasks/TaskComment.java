package org.regionalcoop.tasks;

import java.time.Instant;

/** A note on a task by a member of staff, kept by the engine with the task's history. */
public record TaskComment(String id, String author, Instant time, String message) {
}
