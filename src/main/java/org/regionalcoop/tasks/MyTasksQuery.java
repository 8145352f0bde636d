package org.regionalcoop.tasks;

import org.regionalcoop.security.Caller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "My tasks" as SQL over the engine's tables that the database answers from its indexes. The engine's own
 * task query joins identity links with a left join under an OR (offered to my groups, or assigned to me),
 * which PostgreSQL can only answer by scanning the task and identity-link tables; with 100,000 open tasks
 * that is the whole list read for every page.
 *
 * <p>The same tasks are read in two ways. From the caller's side: each half of the OR is an indexed lookup
 * (identity links by group, tasks by assignee) and their union selects tasks by primary key; the count reads
 * so and stops one past {@link #COUNT_LIMIT}, and so does the page of a caller with no more tasks than that.
 * From the list's order: open tasks in due-date order by index ({@link TaskListIndexes}), each kept if it is
 * the caller's, until the page is full; the page of a caller with more tasks reads so, since sorting all of
 * them would read tens of thousands of rows for a member of staff in a hundred groups.
 *
 * <p>Parameters are MyBatis placeholders ({@code #{name}}), as the engine's native query takes them.
 */
record MyTasksQuery(String where, String inListOrder, Map<String, Object> parameters) {

    /**
     * Counts stop here: a list longer than this is "more than 1,000" to whoever reads it, and counting every
     * task of a member of staff in a hundred groups would read tens of thousands of rows for each page.
     */
    static final int COUNT_LIMIT = 1000;
    private static final String ORDER = " order by RES.DUE_DATE_ asc nulls last, RES.PRIORITY_ desc, RES.ID_ asc";

    static MyTasksQuery of(Caller caller, StaffTasks.Filter filter, Instant now) {
        String open = "from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1";
        StringBuilder where = new StringBuilder(open);
        StringBuilder inListOrder = new StringBuilder(open);
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!caller.isAdministrator()) {
            parameters.put("userId", caller.userId());
            List<String> groups = new ArrayList<>(caller.groups());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                names.add("#{group" + i + "}");
                parameters.put("group" + i, groups.get(i));
            }
            String offered = "select I.TASK_ID_ from ACT_RU_IDENTITYLINK I where I.TYPE_ = 'candidate' and I.GROUP_ID_ in ("
                    + String.join(", ", names) + ")";
            where.append(" and RES.ID_ in (select A.ID_ from ACT_RU_TASK A where A.ASSIGNEE_ = #{userId}")
                    .append(groups.isEmpty() ? "" : " union " + offered).append(")");
            inListOrder.append(groups.isEmpty() ? " and RES.ASSIGNEE_ = #{userId}"
                    : " and (RES.ASSIGNEE_ = #{userId} or RES.ID_ in (" + offered + "))");
        }
        StringBuilder filters = new StringBuilder();
        if (filter.agreementId() != null) {
            // Ballots carry "agreement:round:participant" business keys, the other processes the agreement id.
            filters.append(" and RES.PROC_INST_ID_ in (select E.ID_ from ACT_RU_EXECUTION E where E.BUSINESS_KEY_ like #{agreement})");
            parameters.put("agreement", filter.agreementId() + "%");
        }
        if (filter.agreementIds() != null) {
            List<String> likes = new ArrayList<>();
            for (int i = 0; i < filter.agreementIds().size(); i++) {
                likes.add("E.BUSINESS_KEY_ like #{agreement" + i + "}");
                parameters.put("agreement" + i, filter.agreementIds().get(i) + "%");
            }
            filters.append(likes.isEmpty() ? " and 1 = 0"
                    : " and RES.PROC_INST_ID_ in (select E.ID_ from ACT_RU_EXECUTION E where " + String.join(" or ", likes) + ")");
        }
        if (filter.assignee() != null) {
            filters.append(" and RES.ASSIGNEE_ = #{assignee}");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.taskDefinitionKey() != null) {
            filters.append(" and RES.TASK_DEF_KEY_ = #{taskDefinitionKey}");
            parameters.put("taskDefinitionKey", filter.taskDefinitionKey());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            filters.append(" and RES.DUE_DATE_ < #{now}");
            parameters.put("now", Date.from(now));
        }
        if (filter.dueBefore() != null) {
            filters.append(" and RES.DUE_DATE_ < #{dueBefore}");
            parameters.put("dueBefore", Date.from(filter.dueBefore()));
        }
        where.append(filters);
        inListOrder.append(filters);
        return new MyTasksQuery(where.toString(), inListOrder.toString(), parameters);
    }

    /**
     * The tasks in the list's order (soonest due first, no due date last, then highest priority) for a caller with
     * at most {@link #COUNT_LIMIT}: read from the caller's side and sorted, at most that many.
     */
    String pageOfFew() {
        return "select RES.* " + where + ORDER;
    }

    /**
     * The same for a caller with more: open tasks in the list's order by index, keeping the caller's, which reads
     * about a page × open tasks ÷ the caller's tasks, however many groups the caller is in.
     */
    String pageOfMany() {
        return "select RES.* " + inListOrder + ORDER;
    }

    /** How many tasks match, up to one more than {@link #COUNT_LIMIT}. */
    String count() {
        return "select count(*) from (select 1 " + where + " limit " + (COUNT_LIMIT + 1) + ") bounded";
    }

    /**
     * The count per step of the first {@link #COUNT_LIMIT} + 1 matching tasks, as plain SQL with named parameters
     * ({@code :name}), which a native task query cannot group.
     */
    String countByStep() {
        return ("select TASK_DEF_KEY_, count(*) from (select RES.TASK_DEF_KEY_ " + where + " limit " + (COUNT_LIMIT + 1)
                + ") bounded group by TASK_DEF_KEY_").replaceAll("#\\{(\\w+)}", ":$1");
    }
}
