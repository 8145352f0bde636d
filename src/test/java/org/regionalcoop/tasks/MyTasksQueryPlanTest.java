package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With 100,000 open tasks spread over 50 governments, the first page and the count of "my tasks" for a
 * member of staff in 4 groups are answered from indexes: the plan reads neither the task nor the
 * identity-link table sequentially. (How fast that is belongs to the benchmark, not to a test.)
 */
@PlatformTest
class MyTasksQueryPlanTest {

    private static final int TASKS = 100_000;
    private static final int GOVERNMENTS = 50;
    private static final List<String> ROLES = List.of("coordinator", "leader", "finance_officer", "reviewer");
    private static final Pattern PLACEHOLDER = Pattern.compile("#\\{(\\w+)}");
    private static final List<String> LARGE_TABLES = List.of("act_ru_task", "act_ru_identitylink");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffTasks staffTasks;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void openManyTasks() {
        // Each task is offered to one role of one of 50 governments; every 10,000th is assigned to the user too.
        // Their definition is the ballot's, so the engine can read their forms.
        jdbc.update("""
                insert into act_ru_task (id_, rev_, name_, task_def_key_, proc_def_id_, priority_, create_time_, due_date_, suspension_state_, assignee_)
                select 'plan-' || n, 1, 'Planned work ' || n, 'user_cast_vote',
                       (select id_ from act_re_procdef where key_ = 'agreement_ballot' order by version_ desc limit 1),
                       50, now(), now() + (n % 365) * interval '1 day', 1,
                       case when n % 10000 = 0 then 'plan.user' end
                from generate_series(1, ?) n""", TASKS);
        jdbc.update("""
                insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
                select 'plan-link-' || n, 1, 'P' || (n % ?) || '.' || (array['coordinator','leader','finance_officer','reviewer'])[1 + (n / ?) % 4],
                       'candidate', 'plan-' || n
                from generate_series(1, ?) n""", GOVERNMENTS, GOVERNMENTS, TASKS);
        jdbc.execute("analyze act_ru_task");
        jdbc.execute("analyze act_ru_identitylink");
    }

    @AfterEach
    void closeThem() {
        jdbc.update("delete from act_ru_identitylink where id_ like 'plan-link-%'");
        jdbc.update("delete from act_ru_task where id_ like 'plan-%'");
        jdbc.execute("analyze act_ru_task");
        jdbc.execute("analyze act_ru_identitylink");
    }

    @Test
    void theFirstPageAndTheCountOfMyTasksReadNeitherLargeTableSequentially() throws Exception {
        Caller staff = new Caller("plan.user", Set.of("P7.coordinator", "P7.leader", "P7.finance_officer", "P7.reviewer"));
        MyTasksQuery query = MyTasksQuery.of(staff, new StaffTasks.Filter(null, null, null, null), Instant.now());

        Plan page = plan(query.pageOfMany() + " limit 50 offset 0", query);
        assertThat(page.sequentialScans()).as("the first page, planned as %s", page.text()).isEmpty();
        Caller few = new Caller("plan.user", Set.of("P7.coordinator"));
        MyTasksQuery ofFew = MyTasksQuery.of(few, new StaffTasks.Filter(null, null, null, null), Instant.now());
        Plan fewPage = plan(ofFew.pageOfFew() + " limit 50 offset 0", ofFew);
        assertThat(fewPage.sequentialScans()).as("the first page of 510 tasks, planned as %s", fewPage.text()).isEmpty();
        Plan count = plan(query.count(), query);
        assertThat(count.sequentialScans()).as("the count, planned as %s", count.text()).isEmpty();

        Map.Entry<String, List<Object>> counting = jdbc(query.count(), query);
        assertThat(jdbc.queryForObject(counting.getKey(), Long.class, counting.getValue().toArray()))
                .as("the user's 4 groups' 2,010 tasks, counted until one past the limit").isEqualTo(MyTasksQuery.COUNT_LIMIT + 1);
    }

    @Test
    void aListLongerThanTheLimitIsCountedAsMoreThanItAndAShorterOneExactly() {
        Caller many = new Caller("plan.user", Set.of("P7.coordinator", "P7.leader", "P7.finance_officer", "P7.reviewer"));
        TaskPage first = staffTasks.mine(many, new StaffTasks.Filter(null, null, null, null), 0, 50);
        assertThat(first.total()).isEqualTo(TaskPage.COUNT_LIMIT);
        assertThat(first.moreThanTotal()).isTrue();
        assertThat(first.tasks()).hasSize(50);
        assertThat(staffTasks.countByStep(many, new StaffTasks.Filter(null, null, null, null)))
                .containsExactly(Map.entry("user_cast_vote", TaskPage.COUNT_LIMIT + 1L));

        // One group's 500 tasks and the 10 assigned to the user.
        Caller few = new Caller("plan.user", Set.of("P7.coordinator"));
        TaskPage exact = staffTasks.mine(few, new StaffTasks.Filter(null, null, null, null), 0, 50);
        assertThat(exact.total()).isEqualTo(TASKS / GOVERNMENTS / ROLES.size() + TASKS / 10_000);
        assertThat(exact.moreThanTotal()).isFalse();
    }

    /** How PostgreSQL plans the statement with these parameters, and the large tables it reads sequentially. */
    private record Plan(String text, List<String> sequentialScans) {
    }

    private Plan plan(String statement, MyTasksQuery query) throws Exception {
        Map.Entry<String, List<Object>> sql = jdbc(statement, query);
        String plan = jdbc.queryForObject("explain (format json) " + sql.getKey(), String.class, sql.getValue().toArray());
        List<String> scanned = new ArrayList<>();
        collectSequentialScans(json.readTree(plan).get(0).get("Plan"), scanned);
        return new Plan(String.join("\n", jdbc.queryForList("explain " + sql.getKey(), String.class, sql.getValue().toArray())),
                scanned);
    }

    private static void collectSequentialScans(JsonNode node, List<String> scanned) {
        if ("Seq Scan".equals(node.path("Node Type").asText()) && LARGE_TABLES.contains(node.path("Relation Name").asText())) {
            scanned.add(node.path("Relation Name").asText());
        }
        node.path("Plans").forEach(child -> collectSequentialScans(child, scanned));
    }

    /** The statement with JDBC placeholders and its arguments in their order. */
    private static Map.Entry<String, List<Object>> jdbc(String statement, MyTasksQuery query) {
        List<Object> arguments = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(statement);
        StringBuilder sql = new StringBuilder();
        while (placeholder.find()) {
            arguments.add(query.parameters().get(placeholder.group(1)));
            placeholder.appendReplacement(sql, "?");
        }
        placeholder.appendTail(sql);
        return Map.entry(sql.toString(), arguments);
    }
}
