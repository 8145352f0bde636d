package org.regionalcoop.drill;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.regionalcoop.drill.DrillReport.seconds;

/**
 * PostgreSQL restarted under load: halfway through, the database is stopped ({@code pg_ctl stop -m fast}, which
 * ends every session), stays away for the outage and starts again on the same port and data, while the
 * instance keeps running and the driver keeps working and retries what failed.
 */
final class PostgresDrill implements Drill {

    static final int DEFAULT_LIFECYCLES = 200;
    static final int DEFAULT_THREADS = 16;
    static final Duration DEFAULT_OUTAGE = Duration.ofSeconds(15);

    @Override
    public void run(DrillSettings settings, DrillRig rig, ProgressLine progress, DrillReport report) throws Exception {
        int lifecycles = settings.lifecyclesOr(DEFAULT_LIFECYCLES);
        int threads = settings.threadsOr(DEFAULT_THREADS);
        Duration outage = settings.outageOr(DEFAULT_OUTAGE);
        report.setting("lifecycles", lifecycles).setting("threads", threads).setting("outage", outage.toString())
                .setting("instanceSettings", settings.instanceSettings());
        long incidentsBefore = rig.incidentsCreated();
        try (Readiness readiness = new Readiness(rig.instance().baseUrl())) {
            Lifecycles driver = rig.lifecycles("PostgreSQL drill agreement ", threads);
            ExecutorService load = Executors.newSingleThreadExecutor();
            try {
                long started = System.nanoTime();
                Future<Lifecycles.Outcome> outcome = load.submit(() -> driver.drive(lifecycles, progress.lifecycles(driver)));
                int tasks = lifecycles * Lifecycles.TASKS_PER_LIFECYCLE;
                if (!Strike.when(driver, tasks / 2, outcome)) {
                    throw new IllegalStateException("The load ended before PostgreSQL could be restarted under it");
                }
                long failedBefore = driver.failedRequests();
                long stopping = System.nanoTime();
                rig.stopPostgres();
                long stopped = System.nanoTime();
                progress.say("PostgreSQL stopped after %d of %d tasks; it stays away for %s", driver.tasksCompleted(), tasks,
                        outage);
                Thread.sleep(outage.toMillis());
                rig.startPostgresAgain();
                long back = System.nanoTime();
                Optional<Long> unready = readiness.firstAfter(stopping, false);
                Optional<Long> ready = unready.isPresent()
                        ? readiness.awaitReadyAfter(unready.get(), DrillRig.PATIENCE) : Optional.of(back);
                progress.say("PostgreSQL back %.1f s after the stop; instance ready %s", seconds(stopping, back),
                        ready.map(at -> seconds(back, at) + " s later").orElse("never"));
                long failedDuring = driver.failedRequests() - failedBefore;
                Lifecycles.Outcome driven = outcome.get();
                report.figure("load: proposal of the first to closure of the last", seconds(started, System.nanoTime()), "s");
                report.figure("PostgreSQL stop (pg_ctl stop -m fast) took", seconds(stopping, stopped), "s");
                report.figure("PostgreSQL away (stop begun → started again)", seconds(stopping, back), "s");
                report.figure("readiness DOWN seen after the stop began",
                        unready.<Object>map(at -> seconds(stopping, at)).orElse("never"), "s");
                report.figure("time to ready (PostgreSQL back → readiness 200)",
                        ready.<Object>map(at -> Math.max(0, seconds(back, at))).orElse("never"), "s");
                report.figure("first task completed after PostgreSQL was back",
                        driver.firstTaskCompletedAfter(back).<Object>map(at -> seconds(back, at)).orElse("never"), "s");
                report.figure("requests failed before their retries (connection / HTTP 5xx)",
                        driven.connectionErrors() + " / " + driven.serverErrors(), "requests");
                report.figure("of them from the stop until ready again", failedDuring, "requests");
                report.lifecycles(driven);
                progress.say("load over: %d of %d lifecycles completed; checking the invariants", driven.completed(), lifecycles);
                Invariants.Result invariants = rig.checkInvariants();
                report.invariants(invariants);
                report.figure("incidents created / still open",
                        (invariants.incidents() - incidentsBefore) + " / " + invariants.openIncidents(), "incidents");
                report.figure("events lost", invariants.lost(), "events");
                report.figure("duplicate effects", invariants.duplicateEffectsTotal(), "effects");
            } finally {
                load.shutdownNow();
            }
        }
    }
}
