package org.regionalcoop.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an operation from several threads for a while: as fast as it goes (closed loop, for saturation)
 * or at a fixed arrival rate (open loop: the n-th operation is due at start + n / rate whether or not the
 * previous ones finished, so a slow system is not hidden by waiting for it).
 */
final class Load {

    /** One operation; {@code due} is when it was scheduled (System.nanoTime), for latency from arrival. */
    @FunctionalInterface
    interface Operation {
        void run(long due) throws Exception;
    }

    /** How a stretch of load went. */
    record Outcome(long completed, long failed, long nanos, long late, Throwable firstFailure) {

        double perSecond() {
            return completed * 1e9 / nanos;
        }
    }

    private Load() {
    }

    static Outcome closed(int threads, Duration duration, Operation operation) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        return run(threads, start, operation, next -> System.nanoTime() < end ? System.nanoTime() : -1, new AtomicLong());
    }

    static Outcome atRate(int threads, double perSecond, Duration duration, Operation operation) {
        long start = System.nanoTime();
        long count = (long) (perSecond * duration.toNanos() / 1e9);
        AtomicLong late = new AtomicLong();
        return run(threads, start, operation, n -> {
            if (n >= count) {
                return -1;
            }
            long due = start + (long) (n * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Resources.pause(wait / 1_000_000);
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
            } else if (wait < -10_000_000) {
                late.incrementAndGet();
            }
            return due;
        }, late);
    }

    /** Gives the due time of operation n, or -1 when there is none. */
    @FunctionalInterface
    private interface Schedule {
        long due(long n);
    }

    private static Outcome run(int threads, long start, Operation operation, Schedule schedule, AtomicLong late) {
        AtomicLong next = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bench-load");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    long due;
                    while ((due = schedule.due(next.getAndIncrement())) >= 0) {
                        try {
                            operation.run(due);
                            completed.incrementAndGet();
                        } catch (Exception | AssertionError e) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, e);
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Load generator failed", e);
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(completed.get(), failed.get(), System.nanoTime() - start, late.get(), firstFailure.get());
    }
}
