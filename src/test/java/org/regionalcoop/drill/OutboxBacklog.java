package org.regionalcoop.drill;

import org.regionalcoop.local.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the outbox's unpublished rows on a thread of its own, straight from the database, while a drill
 * takes the broker away: the backlog's peak, and how long the events committed before the broker came back
 * took to reach it.
 */
final class OutboxBacklog implements AutoCloseable {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    private final String jdbcUrl;
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile SQLException failure;

    OutboxBacklog(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        this.sampler = new Thread(this::sample, "outbox-backlog");
        this.sampler.setDaemon(true);
        this.sampler.start();
    }

    /** The largest backlog sampled since the previous call (or the start), and starts over. */
    long takePeak() throws SQLException {
        return Math.max(peak.getAndSet(0), unpublished());
    }

    /** The position of the latest event committed so far: whatever is at or below it is already in the outbox. */
    long lastPosition() throws SQLException {
        return query("select coalesce(max(position), 0) from event_outbox", 0);
    }

    long unpublished() throws SQLException {
        return query("select count(*) from event_outbox where published_at is null", 0);
    }

    /** Waits until every event up to the position is published; returns how long that took. */
    Duration awaitPublishedUpTo(long position, Duration patience) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        while (query("select count(*) from event_outbox where published_at is null and position <= ?", position) > 0) {
            if (System.nanoTime() - started > patience.toNanos()) {
                throw new IllegalStateException("Events up to outbox position " + position + " still unpublished after " + patience);
            }
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private void sample() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
             PreparedStatement unpublished = connection.prepareStatement(
                     "select count(*) from event_outbox where published_at is null")) {
            while (running) {
                try (ResultSet rows = unpublished.executeQuery()) {
                    rows.next();
                    peak.accumulateAndGet(rows.getLong(1), Math::max);
                }
                Thread.sleep(INTERVAL.toMillis());
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long query(String sql, long parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (sql.contains("?")) {
                statement.setLong(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public void close() throws InterruptedException, SQLException {
        running = false;
        sampler.join(5_000);
        if (failure != null) {
            throw failure;
        }
    }
}
