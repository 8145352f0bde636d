package org.regionalcoop.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Watches an instance's readiness probe every 200 ms from a thread of its own and keeps when it changed, so a
 * drill can tell when the instance stopped being ready and when it was ready again.
 */
final class Readiness implements AutoCloseable {

    private record Change(long at, boolean ready) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HttpRequest probe;
    private final List<Change> changes = new ArrayList<>();
    private final Thread watcher;

    Readiness(String baseUrl) {
        probe = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
        watcher = new Thread(this::watch, "drill-readiness");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch() {
        Boolean last = null;
        while (!Thread.currentThread().isInterrupted()) {
            boolean ready = ready();
            if (last == null || ready != last) {
                synchronized (changes) {
                    changes.add(new Change(System.nanoTime(), ready));
                }
                last = ready;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean ready() {
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The first moment after {@code nanos} at which the probe answered as {@code ready}. */
    Optional<Long> firstAfter(long nanos, boolean ready) {
        synchronized (changes) {
            return changes.stream().filter(change -> change.at() > nanos && change.ready() == ready).map(Change::at).findFirst();
        }
    }

    /** Waits until the probe answered ready after {@code nanos}, at most {@code patience}. */
    Optional<Long> awaitReadyAfter(long nanos, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Long> ready = firstAfter(nanos, true);
            if (ready.isPresent()) {
                return ready;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    @Override
    public void close() throws InterruptedException {
        watcher.interrupt();
        watcher.join(5000);
    }
}
