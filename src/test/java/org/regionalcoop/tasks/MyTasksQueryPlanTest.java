package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With 100,000 open tasks spread over 50 governments' four roles, "my tasks" for a member of staff in 100 groups
 * (50,010 tasks theirs) is answered by merging their audiences' lists from the projection's index: the bounded count
 * and the first page, cut from the counted tasks, read about as many rows as they yield plus one per audience, not
 * the caller's tasks; the engine's task table is read for the page's tasks only, the counted ones being looked up
 * among the suspended tasks' index ({@link SuspendedTasks}). The projection is read from its index alone: once vacuum
 * has marked its pages all-visible, counting 1,001 tasks visits none of its table's rows. The plans are executed
 * (EXPLAIN ANALYZE) and their rows counted; how fast that is belongs to the benchmark. The tasks are written once for all the class's tests (none of
 * them writes): each load and removal took about 7 s.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyTasksQueryPlanTest {

    private static final int TASKS = 100_000;
    private static final int GOVERNMENTS = 50;
    private static final List<String> ROLES = List.of("coordinator", "leader", "finance_officer", "reviewer");
    private static final List<String> LARGE_TABLES = List.of("open_task", "act_ru_task", "act_ru_identitylink");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    StaffTasks staffTasks;

    private final ObjectMapper json = new ObjectMapper();
    /**
     * Whether vacuum got every page of the projection marked: in a test JVM whose other tests' processes still create
     * and end tasks, the last pages may be changing, and then only the scans' kind is asserted, not their heap visits.
     */
    private boolean allVisible;

    @BeforeAll
    void openManyTasks() {
        // Each task is offered to one role of one of 50 governments; every 10,000th is assigned to the user too.
        // Their definition is the ballot's, so the engine can read their forms. Written past the engine, so their
        // rows in the projection are written as the engine's history events would have them written.
        jdbc.update("""
                insert into act_ru_task (id_, rev_, name_, task_def_key_, proc_def_id_, priority_, create_time_, due_date_, suspension_state_, assignee_)
                select 'plan-' || n, 1, 'Planned work ' || n, 'user_cast_vote',
                       (select id_ from act_re_procdef where key_ = 'agreement_ballot' order by version_ desc limit 1),
                       50 + n % 3, now(), now() + (n % 365) * interval '1 day', 1,
                       case when n % 10000 = 0 then 'plan.user' end
                from generate_series(1, ?) n""", TASKS);
        jdbc.update("""
                insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
                select 'plan-link-' || n, 1, 'P' || (n % ?) || '.' || (array['coordinator','leader','finance_officer','reviewer'])[1 + (n / ?) % 4],
                       'candidate', 'plan-' || n
                from generate_series(1, ?) n""", GOVERNMENTS, GOVERNMENTS, TASKS);
        jdbc.update("insert into open_task (task_id, audience, due_key, priority, task_def_key, agreement_id, assignee) "
                + OpenTasks.ROWS + " where t.ID_ like 'plan-%'");
        jdbc.execute("analyze act_ru_task");
        allVisible = OpenTaskVisibility.vacuumUntilAllVisible(jdbc);
    }

    @AfterAll
    void closeThem() {
        jdbc.update("delete from open_task where task_id like 'plan-%'");
        jdbc.update("delete from act_ru_identitylink where id_ like 'plan-link-%'");
        jdbc.update("delete from act_ru_task where id_ like 'plan-%'");
        jdbc.execute("analyze open_task");
        jdbc.execute("analyze act_ru_task");
    }

    @Test
    void theFirstPageAndTheCountOfAHundredGroupsMergeTheirListsOnceAndReadAboutWhatTheyShow() throws Exception {
        Caller staff = new Caller("plan.user", groups(25));
        MyTasksQuery query = MyTasksQuery.of(staff, new StaffTasks.Filter(null, null, null, null), Instant.now());
        int audiences = staff.groups().size() + 1;

        Plan first = plan(query.pageAndCount(query, 0, 51), query);
        assertThat(first.sequentialScans()).as("the first page and the count, planned as %s", first.text()).isEmpty();
        assertThat(first.text()).as("the first page and the count, planned as %s", first.text()).contains("Merge Append");
        assertThat(first.rowsFromProjection()).as("rows the first page and the count read, planned as %s", first.text())
                .isLessThanOrEqualTo(MyTasksQuery.COUNT_LIMIT + 1 + 2L * audiences);
        assertReadsThePageTasksAndTheIndexAlone(first);
        List<Long> counted = named.query(query.pageAndCount(query, 0, 51), query.parameters(), (row, n) -> row.getLong("counted"));
        assertThat(counted).as("the first page's 51 rows, each with the user's 50,010 tasks counted until one past the limit")
                .hasSize(51).containsOnly(MyTasksQuery.COUNT_LIMIT + 1L);

        // The next page from the first one's last task: its own merge from there, and the count's.
        String next = staffTasks.mine(staff, new StaffTasks.Filter(null, null, null, null), 0, 50).next();
        MyTasksQuery after = MyTasksQuery.of(staff, new StaffTasks.Filter(null, null, null, null), Instant.now(),
                MyTasksQuery.After.parse(next).orElseThrow());
        Plan second = plan(query.pageAndCount(after, 0, 51), after);
        assertThat(second.sequentialScans()).as("the next page and the count, planned as %s", second.text()).isEmpty();
        assertThat(second.rowsFromProjection()).as("rows the next page and the count read, planned as %s", second.text())
                .isLessThanOrEqualTo(MyTasksQuery.COUNT_LIMIT + 1 + 51 + 4L * audiences);
        assertReadsThePageTasksAndTheIndexAlone(second);
    }

    /** The engine's tasks read for the page's 51 only, and the projection read from its index alone. */
    private void assertReadsThePageTasksAndTheIndexAlone(Plan plan) {
        assertThat(plan.engineTasksRead()).as("engine tasks read, for the page's 51 and not the 1,001 counted, planned as %s",
                plan.text()).isLessThanOrEqualTo(51);
        assertThat(plan.projectionReadsOtherThanIndexOnly()).as("reads of the projection other than index-only scans, planned as %s",
                plan.text()).isEmpty();
        if (allVisible) {
            assertThat(plan.projectionHeapFetches()).as("rows of the projection's table visited, planned as %s", plan.text())
                    .isZero();
        }
    }

    @Test
    void theMergedListIsTheCallersTasksInTheListsOrderEachOnce() {
        // The user's own ten tasks are offered to one of the 50 governments' groups too: some to theirs, listed once.
        Caller staff = new Caller("plan.user", groups(25));
        List<String> expected = jdbc.queryForList("""
                select t.id_ from act_ru_task t where t.id_ like 'plan-%' and (t.assignee_ = 'plan.user'
                    or exists (select 1 from act_ru_identitylink i where i.task_id_ = t.id_ and i.type_ = 'candidate'
                               and i.group_id_ = any(?)))
                order by t.due_date_, t.priority_ desc, t.id_ limit 120""", String.class,
                (Object) staff.groups().toArray(String[]::new));

        TaskPage first = staffTasks.mine(staff, new StaffTasks.Filter(null, null, null, null), 0, 60);
        TaskPage second = staffTasks.mine(staff, new StaffTasks.Filter(null, null, null, null), first.next(), 1, 60);

        assertThat(first.tasks()).extracting(StaffTask::id).containsExactlyElementsOf(expected.subList(0, 60));
        assertThat(second.tasks()).extracting(StaffTask::id).containsExactlyElementsOf(expected.subList(60, 120));
        assertThat(staffTasks.mine(staff, new StaffTasks.Filter(null, null, null, null), 1, 60).tasks())
                .as("the second page by offset").extracting(StaffTask::id).containsExactlyElementsOf(expected.subList(60, 120));
    }

    @Test
    void aListLongerThanTheLimitIsCountedAsMoreThanItAndAShorterOneExactly() {
        Caller many = new Caller("plan.user", Set.of("P7.coordinator", "P7.leader", "P7.finance_officer", "P7.reviewer"));
        TaskPage first = staffTasks.mine(many, new StaffTasks.Filter(null, null, null, null), 0, 50);
        assertThat(first.total()).isEqualTo(TaskPage.COUNT_LIMIT);
        assertThat(first.moreThanTotal()).isTrue();
        assertThat(first.tasks()).hasSize(50);
        assertThat(first.next()).isNotNull();
        assertThat(staffTasks.countByStep(many, new StaffTasks.Filter(null, null, null, null)))
                .containsExactly(Map.entry("user_cast_vote", TaskPage.COUNT_LIMIT + 1L));

        // One group's 500 tasks and the 10 assigned to the user.
        Caller few = new Caller("plan.user", Set.of("P7.coordinator"));
        TaskPage exact = staffTasks.mine(few, new StaffTasks.Filter(null, null, null, null), 0, 50);
        assertThat(exact.total()).isEqualTo(TASKS / GOVERNMENTS / ROLES.size() + TASKS / 10_000);
        assertThat(exact.moreThanTotal()).isFalse();
        TaskPage claimed = staffTasks.mine(few, new StaffTasks.Filter(null, null, null, null, null, "plan.user"), 0, 50);
        assertThat(claimed.total()).as("claimed by me").isEqualTo(TASKS / 10_000);
        assertThat(claimed.next()).isNull();
    }

    /** Every role of the first n governments from P7 on. */
    private static Set<String> groups(int governments) {
        Set<String> groups = new LinkedHashSet<>();
        for (int g = 0; g < governments; g++) {
            for (String role : ROLES) {
                groups.add("P" + ((7 + g) % GOVERNMENTS) + "." + role);
            }
        }
        return groups;
    }

    /**
     * How PostgreSQL ran the statement, the large tables it read sequentially, the rows it read from the projection,
     * the rows of {@code ACT_RU_TASK} it read from the table itself (not from an index alone), the projection's scans
     * that were not index-only and the rows of the projection's table its index-only scans visited.
     */
    private record Plan(String text, List<String> sequentialScans, long rowsFromProjection, long engineTasksRead,
                        List<String> projectionReadsOtherThanIndexOnly, long projectionHeapFetches) {
    }

    private Plan plan(String statement, MyTasksQuery query) throws Exception {
        String plan = named.queryForObject("explain (analyze, format json) " + statement, query.parameters(), String.class);
        JsonNode root = json.readTree(plan).get(0).get("Plan");
        List<String> scanned = new ArrayList<>();
        List<String> notIndexOnly = new ArrayList<>();
        long[] rows = {0, 0, 0};
        walk(root, scanned, notIndexOnly, rows);
        return new Plan(String.join("\n", named.queryForList("explain analyze " + statement, query.parameters(), String.class)),
                scanned, rows[0], rows[1], notIndexOnly, rows[2]);
    }

    /**
     * rows[0]: rows read from the projection; rows[1]: rows of the engine's tasks read from its table; rows[2]: rows of
     * the projection's table its index-only scans visited.
     */
    private static void walk(JsonNode node, List<String> scanned, List<String> notIndexOnly, long[] rows) {
        String relation = node.path("Relation Name").asText();
        if ("Seq Scan".equals(node.path("Node Type").asText()) && LARGE_TABLES.contains(relation)) {
            scanned.add(relation);
        }
        long loops = Math.max(1, node.path("Actual Loops").asLong());
        if ("open_task".equals(relation)) {
            rows[0] += node.path("Actual Rows").asLong() * loops + node.path("Rows Removed by Filter").asLong();
            if ("Index Only Scan".equals(node.path("Node Type").asText())) {
                rows[2] += node.path("Heap Fetches").asLong();
            } else {
                notIndexOnly.add(node.path("Node Type").asText() + " " + node.path("Index Name").asText());
            }
        }
        if ("act_ru_task".equals(relation)) {
            // An index scan reads each row it finds, and each one its filter drops, from the table; an index-only
            // scan only those the visibility map does not vouch for. Rows are shown per loop, heap fetches in all.
            rows[1] += "Index Only Scan".equals(node.path("Node Type").asText()) ? node.path("Heap Fetches").asLong()
                    : (node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong()) * loops;
        }
        node.path("Plans").forEach(child -> walk(child, scanned, notIndexOnly, rows));
    }
}
