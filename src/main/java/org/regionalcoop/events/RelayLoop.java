package org.regionalcoop.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the relay on its own thread: shortly after a commit that wrote events (a linger, so the events of the
 * commits that follow within it go out in the same attempt and transaction), every poll interval otherwise, and with growing pauses while the broker or the database fails, so an outage costs neither
 * a busy loop nor a log line per attempt.
 */
class RelayLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelayLoop.class);

    private final OutboxRelay relay;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final Duration sendTimeout;
    private final Duration linger;
    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong failures = new AtomicLong();
    private volatile CountDownLatch stopping = new CountDownLatch(0);
    private Thread thread;

    RelayLoop(OutboxRelay relay, EventsProperties.Relay settings) {
        this.relay = relay;
        this.pollInterval = settings.pollInterval();
        this.maxBackoff = settings.maxBackoff();
        this.sendTimeout = settings.sendTimeout();
        this.linger = settings.linger();
    }

    void wake() {
        wakeUps.release();
    }

    /** Attempts that left events pending because the broker or the database failed. */
    long failures() {
        return failures.get();
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        stopping = new CountDownLatch(1);
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the batch in flight finish, so what the broker acknowledged is also marked published. */
    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        stopping.countDown();
        wakeUps.release();
        try {
            thread.join(sendTimeout.plusSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        long failedInARow = 0;
        while (stopping.getCount() > 0) {
            wakeUps.drainPermits();
            OutboxRelay.Batch batch = attempt();
            if (batch.failure() != null) {
                failures.incrementAndGet();
                backoff = backoff.isZero() ? pollInterval : min(backoff.multipliedBy(2), maxBackoff);
                if (failedInARow++ == 0) {
                    log.warn("Outbox relay cannot publish, events stay pending; retrying with pauses up to {}: {}",
                            maxBackoff, batch.failure().toString());
                } else {
                    log.debug("Outbox relay attempt {} failed", failedInARow, batch.failure());
                }
                pause(backoff);
                continue;
            }
            if (failedInARow > 0) {
                log.info("Outbox relay publishing again after {} failed attempts", failedInARow);
                failedInARow = 0;
                backoff = Duration.ZERO;
            }
            if (!batch.more()) {
                awaitWakeUp();
            }
        }
    }

    private OutboxRelay.Batch attempt() {
        try {
            return relay.relayBatch();
        } catch (RuntimeException databaseFailure) {
            return new OutboxRelay.Batch(0, false, databaseFailure);
        }
    }

    /** Commits do not cut a pause short: during an outage they would turn the backoff into a busy loop. */
    private void pause(Duration backoff) {
        try {
            stopping.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }

    private void awaitWakeUp() {
        try {
            if (wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS) && !linger.isZero()) {
                stopping.await(linger.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
