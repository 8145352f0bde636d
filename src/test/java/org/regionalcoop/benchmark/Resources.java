package org.regionalcoop.benchmark;

import com.sun.management.OperatingSystemMXBean;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a stretch of work cost: database commits and statements, CPU of this JVM (the engine, the relay and
 * the in-process broker) and of the PostgreSQL server's processes.
 */
final class Resources {

    /** Cumulative counters at one instant. */
    record Usage(long commits, long statements, long jvmCpuNanos, long postgresCpuNanos, long nanos) {

        Usage minus(Usage earlier) {
            return new Usage(commits - earlier.commits, statements < 0 ? -1 : statements - earlier.statements,
                    jvmCpuNanos - earlier.jvmCpuNanos, postgresCpuNanos - earlier.postgresCpuNanos, nanos - earlier.nanos);
        }
    }

    private final JdbcTemplate jdbc;
    private final HikariDataSource pool;
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long postmaster;
    private final long nanosPerTick;
    private final boolean statementsCounted;

    Resources(JdbcTemplate jdbc, HikariDataSource pool) {
        this.jdbc = jdbc;
        this.pool = pool;
        long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
        this.postmaster = procStat(backend)[3];
        this.nanosPerTick = 1_000_000_000L / clockTicksPerSecond();
        this.statementsCounted = enableStatementStatistics();
    }

    boolean statementsCounted() {
        return statementsCounted;
    }

    /**
     * Backends publish their commit counts at most once a second while busy and only after ten idle
     * seconds otherwise; closing the pool's connections makes them publish now, so the count is complete.
     */
    Usage snapshot() {
        pool.getHikariPoolMXBean().softEvictConnections();
        pause(1200);
        long commits = jdbc.queryForObject(
                "select xact_commit from pg_stat_database where datname = current_database()", Long.class);
        return new Usage(commits, statements(), os.getProcessCpuTime(), postgresCpuNanos(), System.nanoTime());
    }

    /**
     * CPU so far, read at once: no commit count and no statement count, so a short stretch of work is measured
     * without the snapshot's pause and without a statement of its own.
     */
    Usage glance() {
        return new Usage(0, -1, os.getProcessCpuTime(), postgresCpuNanos(), System.nanoTime());
    }

    /** Statements executed so far (pg_stat_statements counts at once, unlike the commit statistics); -1 if not counted. */
    long statements() {
        return statementsCounted
                ? jdbc.queryForObject("select coalesce(sum(calls), 0)::bigint from pg_stat_statements", Long.class) : -1;
    }

    /** Starts the statement statistics afresh, so {@link #topStatements} covers only what follows. */
    void resetStatements() {
        if (statementsCounted) {
            jdbc.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements executed most often since the reset: calls and the normalized text, shortened. */
    List<Map.Entry<Long, String>> topStatements(int limit) {
        if (!statementsCounted) {
            return List.of();
        }
        return jdbc.query("select calls, regexp_replace(query, '\\s+', ' ', 'g') as text from pg_stat_statements"
                        + " order by calls desc limit ?",
                (rs, row) -> Map.entry(rs.getLong("calls"), abbreviate(rs.getString("text"))), limit);
    }

    private static String abbreviate(String text) {
        return text.length() <= 140 ? text : text.substring(0, 137) + "...";
    }

    private boolean enableStatementStatistics() {
        try {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.queryForObject("select count(*) from pg_stat_statements", Long.class);
            return true;
        } catch (RuntimeException notPreloaded) {
            return false;
        }
    }

    /** The postmaster's own time, that of its ended children (backends closed meanwhile) and its live children's. */
    private long postgresCpuNanos() {
        long[] server = procStat(postmaster);
        long ticks = server[13] + server[14] + server[15] + server[16];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(path -> {
                        long[] stat = procStat(Long.parseLong(path.getFileName().toString()));
                        return stat.length > 16 && stat[3] == postmaster ? stat[13] + stat[14] : 0;
                    }).sum();
        } catch (IOException e) {
            return -1;
        }
        return ticks * nanosPerTick;
    }

    /**
     * Fields 4 (parent) to 17 (children's system time) of /proc/PID/stat at their field number − 1; later fields
     * can exceed a signed long. Empty if the process is gone.
     */
    private static long[] procStat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long[] values = new long[17];
            for (int i = 1; i <= 14; i++) {
                values[i + 2] = Long.parseLong(fields[i].trim());
            }
            return values;
        } catch (IOException | NumberFormatException e) {
            return new long[0];
        }
    }

    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String ticks = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return Long.parseLong(ticks);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
