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
 * that is the whole list read for every page. Here each half of the OR is an indexed lookup (identity links
 * by group, tasks by assignee) and their union selects the tasks by primary key.
 *
 * <p>Parameters are MyBatis placeholders ({@code #{name}}), as the engine's native query takes them.
 */
record MyTasksQuery(String where, Map<String, Object> parameters) {

    static MyTasksQuery of(Caller caller, StaffTasks.Filter filter, Instant now) {
        StringBuilder where = new StringBuilder("from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!caller.isAdministrator()) {
            where.append(" and RES.ID_ in (select A.ID_ from ACT_RU_TASK A where A.ASSIGNEE_ = #{userId}");
            parameters.put("userId", caller.userId());
            List<String> groups = new ArrayList<>(caller.groups());
            if (!groups.isEmpty()) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < groups.size(); i++) {
                    names.add("#{group" + i + "}");
                    parameters.put("group" + i, groups.get(i));
                }
                where.append(" union select I.TASK_ID_ from ACT_RU_IDENTITYLINK I where I.TYPE_ = 'candidate' and I.GROUP_ID_ in (")
                        .append(String.join(", ", names)).append(")");
            }
            where.append(")");
        }
        if (filter.agreementId() != null) {
            // Ballots carry "agreement:round:participant" business keys, the other processes the agreement id.
            where.append(" and RES.PROC_INST_ID_ in (select E.ID_ from ACT_RU_EXECUTION E where E.BUSINESS_KEY_ like #{agreement})");
            parameters.put("agreement", filter.agreementId() + "%");
        }
        if (filter.agreementIds() != null) {
            List<String> likes = new ArrayList<>();
            for (int i = 0; i < filter.agreementIds().size(); i++) {
                likes.add("E.BUSINESS_KEY_ like #{agreement" + i + "}");
                parameters.put("agreement" + i, filter.agreementIds().get(i) + "%");
            }
            where.append(likes.isEmpty() ? " and 1 = 0"
                    : " and RES.PROC_INST_ID_ in (select E.ID_ from ACT_RU_EXECUTION E where " + String.join(" or ", likes) + ")");
        }
        if (filter.assignee() != null) {
            where.append(" and RES.ASSIGNEE_ = #{assignee}");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.taskDefinitionKey() != null) {
            where.append(" and RES.TASK_DEF_KEY_ = #{taskDefinitionKey}");
            parameters.put("taskDefinitionKey", filter.taskDefinitionKey());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.append(" and RES.DUE_DATE_ < #{now}");
            parameters.put("now", Date.from(now));
        }
        if (filter.dueBefore() != null) {
            where.append(" and RES.DUE_DATE_ < #{dueBefore}");
            parameters.put("dueBefore", Date.from(filter.dueBefore()));
        }
        return new MyTasksQuery(where.toString(), parameters);
    }

    /** The task ids in the list's order: soonest due first (no due date last), then highest priority. */
    String page() {
        return "select RES.* " + where + " order by RES.DUE_DATE_ asc nulls last, RES.PRIORITY_ desc, RES.ID_ asc";
    }

    String count() {
        return "select count(*) " + where;
    }

    /** The count per step as plain SQL with named parameters ({@code :name}), which a native task query cannot group. */
    String countByStep() {
        return ("select RES.TASK_DEF_KEY_, count(*) " + where + " group by RES.TASK_DEF_KEY_")
                .replaceAll("#\\{(\\w+)}", ":$1");
    }
}
