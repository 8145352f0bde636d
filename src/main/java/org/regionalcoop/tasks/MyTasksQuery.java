package org.regionalcoop.tasks;

import org.postgresql.PGStatement;
import org.regionalcoop.security.Caller;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * "My tasks" as SQL over the projection {@code open_task} ({@link OpenTasks}), whose rows list each open task once
 * for every audience that sees it. A caller's list is the merge of their audiences' lists (their groups, and
 * themselves as assignee), each read from the index {@code open_task_by_audience} in the list's order: soonest due
 * first, no due date last, then highest priority, then the id. A task seen by several of the caller's audiences
 * comes out of the merge once per audience, one after the other, since its place in the list is the same in each;
 * {@code distinct on} keeps one. So the first page reads about a page of rows per audience, and the count stops one
 * past {@link #COUNT_LIMIT}, however many tasks are open and however many the caller's are.
 *
 * <p>The engine's table still decides that a task is suspended: a process suspended in Cockpit suspends its tasks
 * without an event. Each row the merge yields is looked up among the suspended tasks ({@link SuspendedTasks}), an
 * index that is normally empty, rather than read from {@code ACT_RU_TASK}: the count's 1,001 rows come from indexes.
 */
record MyTasksQuery(String stream, Map<String, Object> parameters) {

    /**
     * Counts stop here: a list longer than this is "more than 1,000" to whoever reads it, and counting every
     * task of a member of staff in a hundred groups would read tens of thousands of rows for each page.
     */
    static final int COUNT_LIMIT = 1000;
    private static final String ORDER = " order by due_key, priority desc, task_id";

    /**
     * Where a page ends, for the next page to start after it (keyset pagination): the last task's place in the list.
     * Its text is the due date ({@code -} for none), the priority and the task's id.
     */
    record After(Timestamp dueKey, int priority, String taskId) {

        private static final String NO_DUE_DATE = "-";

        /** The text {@link #toString()} gave, or empty when it is not one. */
        static Optional<After> parse(String text) {
            String[] parts = text == null ? new String[0] : text.split("~", 3);
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                Timestamp due = parts[0].equals(NO_DUE_DATE) ? new Timestamp(PGStatement.DATE_POSITIVE_INFINITY)
                        : Timestamp.from(Instant.parse(parts[0]));
                return Optional.of(new After(due, Integer.parseInt(parts[1]), parts[2]));
            } catch (DateTimeParseException | NumberFormatException notOurs) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            String due = dueKey.getTime() == PGStatement.DATE_POSITIVE_INFINITY ? NO_DUE_DATE
                    : dueKey.toInstant().toString();
            return due + "~" + priority + "~" + taskId;
        }
    }

    static MyTasksQuery of(Caller caller, StaffTasks.Filter filter, Instant now) {
        return of(caller, filter, now, null);
    }

    static MyTasksQuery of(Caller caller, StaffTasks.Filter filter, Instant now, After after) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder filters = new StringBuilder();
        if (filter.agreementId() != null) {
            filters.append(" and O.agreement_id = :agreement");
            parameters.put("agreement", uuid(filter.agreementId()).orElse(null));
        }
        if (filter.agreementIds() != null) {
            List<UUID> agreements = filter.agreementIds().stream().map(MyTasksQuery::uuid).flatMap(Optional::stream).toList();
            filters.append(agreements.isEmpty() ? " and 1 = 0" : " and O.agreement_id in (:agreements)");
            parameters.put("agreements", agreements);
        }
        if (filter.assignee() != null) {
            filters.append(" and O.assignee = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.taskDefinitionKey() != null) {
            filters.append(" and O.task_def_key = :taskDefinitionKey");
            parameters.put("taskDefinitionKey", filter.taskDefinitionKey());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            filters.append(" and O.due_key < :now");
            parameters.put("now", Timestamp.from(now));
        }
        if (filter.dueBefore() != null) {
            filters.append(" and O.due_key < :dueBefore");
            parameters.put("dueBefore", Timestamp.from(filter.dueBefore()));
        }
        if (after != null) {
            filters.append(" and (O.due_key > :afterDue or (O.due_key = :afterDue and (O.priority < :afterPriority"
                    + " or (O.priority = :afterPriority and O.task_id > :afterTask))))");
            parameters.put("afterDue", after.dueKey());
            parameters.put("afterPriority", after.priority());
            parameters.put("afterTask", after.taskId());
        }
        // Every task assigned to the caller is in their own audience: "claimed by me" reads that list alone.
        List<String> audiences = filter.assignee() != null && filter.assignee().equals(caller.userId()) && !caller.isAdministrator()
                ? List.of(OpenTasks.user(caller.userId()))
                : OpenTasks.audiences(caller.userId(), caller.groups(), caller.isAdministrator());
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < audiences.size(); i++) {
            parameters.put("audience" + i, audiences.get(i));
            branches.add("(select O.task_id, O.due_key, O.priority, O.task_def_key from open_task O where O.audience = :audience"
                    + i + filters + ORDER + ")");
        }
        String stream = "select S.task_id, S.due_key, S.priority, S.task_def_key from (select distinct on (due_key, priority, task_id)"
                + " task_id, due_key, priority, task_def_key from (" + String.join(" union all ", branches) + ") M"
                + ORDER + ") S where not exists (select 1 from ACT_RU_TASK T where T.ID_ = S.task_id and T.SUSPENSION_STATE_ = 2)"
                + ORDER;
        return new MyTasksQuery(stream, parameters);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnAgreement) {
            return Optional.empty();
        }
    }

    /**
     * How many tasks this query finds, up to one more than {@link #COUNT_LIMIT}, and the page of {@code paged} (this
     * query, or this one from a cursor on) from {@code offset} on, {@code size} tasks, each with its {@link TaskRow}:
     * one statement. Each row is a task of the page with the count in {@code counted}; an empty page is one row
     * without a task. A page among the counted tasks, as the first pages are, is cut from them rather than merged
     * again from the audiences' lists.
     */
    String pageAndCount(MyTasksQuery paged, int offset, int size) {
        String page = paged == this && offset + size <= COUNT_LIMIT + 1 ? "select * from counted" + ORDER : paged.stream;
        return "with counted as materialized (" + stream + " limit " + (COUNT_LIMIT + 1) + "),"
                + " listed as (" + page + " limit " + size + " offset " + offset + ")"
                + " select (select count(*) from counted) as counted, L.due_key, L.priority, " + TaskRow.COLUMNS
                + " from (select) one left join (listed L join ACT_RU_TASK T on T.ID_ = L.task_id" + TaskRow.JOINS + ") on true"
                + " order by L.due_key, L.priority desc, L.task_id";
    }

    /** The count per step of the first {@link #COUNT_LIMIT} + 1 matching tasks. */
    String countByStep() {
        return "select task_def_key, count(*) from (" + stream + " limit " + (COUNT_LIMIT + 1) + ") bounded group by task_def_key";
    }
}
