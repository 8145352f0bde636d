package org.regionalcoop.tasks;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Vacuums the task lists' projection after a bulk insert until the visibility map vouches for all its pages, as
 * autovacuum would in time. One vacuum is not always enough: one that starts while another transaction still holds a
 * snapshot from before the insert marks none of the new rows' pages (seen on 2026-12-07: none of 2,115), and until
 * they are marked each index entry "my tasks" reads, the count's 1,001 included, visits the table as well.
 */
public final class OpenTaskVisibility {

    private static final int ATTEMPTS = 20;

    private OpenTaskVisibility() {
    }

    /** Whether every page of {@code open_task} is marked all-visible after at most {@value #ATTEMPTS} vacuums. */
    public static boolean vacuumUntilAllVisible(JdbcTemplate jdbc) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            jdbc.execute("vacuum analyze open_task");
            if (Boolean.TRUE.equals(jdbc.queryForObject(
                    "select relallvisible >= relpages from pg_class where oid = 'open_task'::regclass", Boolean.class))) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
