package org.regionalcoop.tasks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An open task's columns ({@code ACT_RU_TASK T}) with what the task list shows besides them, read in the same
 * statement: its process instance's business key, its process's key and the groups it is offered to, sorted. The
 * engine's task query would read each of them in a statement of its own.
 *
 * @param delegation the engine's delegation state ({@code PENDING}, {@code RESOLVED}), null if never delegated
 */
record TaskRow(String id, String name, String taskDefinitionKey, String processDefinitionId, String processDefinitionKey,
               String businessKey, List<String> candidateGroups, String assignee, Instant created, Instant due,
               int priority, String owner, String delegation) {

    static final String COLUMNS = """
            T.ID_, T.NAME_, T.TASK_DEF_KEY_, T.PROC_DEF_ID_, D.KEY_ as PROC_DEF_KEY_, E.BUSINESS_KEY_,
            array(select I.GROUP_ID_ from ACT_RU_IDENTITYLINK I
                   where I.TASK_ID_ = T.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ is not null) as CANDIDATE_GROUPS_,
            T.ASSIGNEE_, T.CREATE_TIME_, T.DUE_DATE_, T.PRIORITY_, T.OWNER_, T.DELEGATION_""";

    /** Joins to {@code ACT_RU_TASK T} what {@link #COLUMNS} read besides it; a standalone task has neither. */
    static final String JOINS = " left join ACT_RU_EXECUTION E on E.ID_ = T.PROC_INST_ID_"
            + " left join ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_";

    static TaskRow of(ResultSet row) throws SQLException {
        Array groups = row.getArray("CANDIDATE_GROUPS_");
        // Sorted by the groups' ids as Java orders them, which the database's collation need not do.
        List<String> sorted = Arrays.stream((String[]) groups.getArray()).sorted().toList();
        return new TaskRow(row.getString("ID_"), row.getString("NAME_"), row.getString("TASK_DEF_KEY_"),
                row.getString("PROC_DEF_ID_"), row.getString("PROC_DEF_KEY_"), row.getString("BUSINESS_KEY_"), sorted,
                row.getString("ASSIGNEE_"), instant(row.getTimestamp("CREATE_TIME_")), instant(row.getTimestamp("DUE_DATE_")),
                row.getInt("PRIORITY_"), row.getString("OWNER_"), row.getString("DELEGATION_"));
    }

    private static Instant instant(Timestamp time) {
        return time == null ? null : time.toInstant();
    }
}
