package org.regionalcoop.tasks;

import java.util.List;

/** One page of a task list and how many tasks match in all. */
public record TaskPage(List<StaffTask> tasks, long total, int page, int size) {
}
