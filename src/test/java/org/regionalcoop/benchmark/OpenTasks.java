package org.regionalcoop.benchmark;

import org.regionalcoop.tasks.OpenTaskVisibility;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The open tasks W4 and W6 read, inserted in bulk as {@code MyTasksQueryPlanTest} does: each offered to one role of
 * one of 50 governments, every 10,000th also assigned to {@link #USER}, with their rows in the task lists'
 * projection ({@code open_task}). They are ballot tasks without an instance, so the page can read their form.
 */
final class OpenTasks {

    static final int GOVERNMENTS = 50;
    static final List<String> ROLES = List.of("coordinator", "leader", "finance_officer", "reviewer");
    static final String USER = "bench.user";

    private final JdbcTemplate jdbc;

    OpenTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every role of the first n governments, starting at P7 so the 1- and 4-group users share P7. */
    static Set<String> groups(int governments) {
        Set<String> groups = new LinkedHashSet<>();
        for (int g = 0; g < governments; g++) {
            for (String role : ROLES) {
                groups.add("P" + ((7 + g) % GOVERNMENTS) + "." + role);
            }
        }
        return groups;
    }

    /** Grows or shrinks the benchmark's open tasks to exactly this many, then vacuums them and refreshes the planner's statistics. */
    void resize(int count) {
        int present = jdbc.queryForObject("select count(*) from act_ru_task where id_ like 'bench-%'", Integer.class);
        if (present > count) {
            jdbc.update("delete from open_task where task_id like 'bench-%' and substr(task_id, 7)::int > ?", count);
            jdbc.update("delete from act_ru_identitylink where id_ like 'bench-link-%' and substr(id_, 12)::int > ?", count);
            jdbc.update("delete from act_ru_task where id_ like 'bench-%' and substr(id_, 7)::int > ?", count);
        } else if (present < count) {
            jdbc.update("""
                    insert into act_ru_task (id_, rev_, name_, task_def_key_, proc_def_id_, priority_, create_time_, due_date_,
                                             suspension_state_, assignee_)
                    select 'bench-' || n, 1, 'Benchmark work ' || n, 'user_cast_vote',
                           (select id_ from act_re_procdef where key_ = 'agreement_ballot' order by version_ desc limit 1),
                           50, now(), now() + (n % 365) * interval '1 day', 1, case when n % 10000 = 0 then ? end
                    from generate_series(? + 1, ?) n""", USER, present, count);
            jdbc.update("""
                    insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
                    select 'bench-link-' || n, 1, 'P' || (n % ?) || '.' || (array['coordinator','leader','finance_officer','reviewer'])[1 + (n / ?) % 4],
                           'candidate', 'bench-' || n
                    from generate_series(? + 1, ?) n""", GOVERNMENTS, GOVERNMENTS, present, count);
            // The rows the engine's history events would have given them in the task lists' projection.
            jdbc.update("""
                    insert into open_task (task_id, audience, due_key, priority, task_def_key, agreement_id, assignee)
                    select t.id_, a.audience, coalesce(t.due_date_, 'infinity'), t.priority_, t.task_def_key_, null, t.assignee_
                    from act_ru_task t cross join lateral (
                        select 'group:' || i.group_id_ from act_ru_identitylink i where i.task_id_ = t.id_ and i.type_ = 'candidate'
                        union select 'user:' || t.assignee_ where t.assignee_ is not null
                        union select '*') a (audience)
                    where t.id_ like 'bench-%' and substr(t.id_, 7)::int > ?""", present);
        }
        // Vacuumed as well: autovacuum would otherwise start on the bulk-inserted rows while the lists are measured, and
        // until the projection's pages are marked all-visible, an index-only scan of it visits the table for every row
        // it reads. Its vacuum is repeated until they are, or the map's state would differ from one run to the next.
        jdbc.execute("vacuum analyze act_ru_task");
        jdbc.execute("vacuum analyze act_ru_identitylink");
        OpenTaskVisibility.vacuumUntilAllVisible(jdbc);
    }

    void clear() {
        jdbc.update("delete from open_task where task_id like 'bench-%'");
        jdbc.update("delete from act_ru_identitylink where id_ like 'bench-link-%'");
        jdbc.update("delete from act_ru_task where id_ like 'bench-%'");
        jdbc.execute("analyze act_ru_task");
        jdbc.execute("analyze act_ru_identitylink");
    }
}
