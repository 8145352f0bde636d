package org.regionalcoop.tasks;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of a task list and how many tasks match in all.
 *
 * @param total     how many tasks match, counted up to {@value #COUNT_LIMIT}
 * @param moreThanTotal whether more than {@code total} tasks match (the count stopped at its limit)
 * @param next      where the next page starts ({@code after}), null on the last page
 */
@Schema(description = "One page of the caller's tasks and how many match in all")
public record TaskPage(@ArraySchema(arraySchema = @Schema(description = "the page's tasks, most urgent first: earliest "
                               + "due date first, no due date last, then highest priority")) List<StaffTask> tasks,
                       @Schema(description = "how many tasks match in all, counted up to a limit (moreThanTotal says "
                               + "when the count stopped there)") long total,
                       @Schema(description = "true when more than total tasks match: the count stopped at its limit")
                       boolean moreThanTotal,
                       @Schema(description = "the page's number, counted from 0") int page,
                       @Schema(description = "how many tasks a page holds at most, as asked") int size,
                       @Schema(description = "Where the next page starts: pass it as 'after' to read the page after this one "
                               + "without counting past the earlier ones; null on the last page.") @Nullable String next) {

    public static final int COUNT_LIMIT = MyTasksQuery.COUNT_LIMIT;
}
