package org.regionalcoop.drill;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.regionalcoop.drill.DrillReport.seconds;

/**
 * The broker stopped under load, and started again on its ports and data after the outage. Staff go on working
 * over REST meanwhile; the participants' systems wait to send their votes; the events of what staff did wait in
 * the outbox and reach the broker once it is back, none lost, none out of order.
 */
final class BrokerDrill implements Drill {

    static final int DEFAULT_LIFECYCLES = 100;
    static final int DEFAULT_THREADS = 16;
    static final Duration DEFAULT_OUTAGE = Duration.ofSeconds(60);

    @Override
    public void run(DrillSettings settings, DrillRig rig, ProgressLine progress, DrillReport report) throws Exception {
        int lifecycles = settings.lifecyclesOr(DEFAULT_LIFECYCLES);
        int threads = settings.threadsOr(DEFAULT_THREADS);
        Duration outage = settings.outageOr(DEFAULT_OUTAGE);
        report.setting("lifecycles", lifecycles).setting("threads", threads).setting("outage", outage.toString())
                .setting("instanceSettings", settings.instanceSettings());
        try (OutboxBacklog backlog = new OutboxBacklog(rig.jdbcUrl())) {
            Lifecycles driver = rig.lifecycles("Broker drill agreement ", threads);
            ExecutorService load = Executors.newSingleThreadExecutor();
            try {
                long started = System.nanoTime();
                Future<Lifecycles.Outcome> outcome = load.submit(() -> driver.drive(lifecycles, progress.lifecycles(driver)));
                int tasks = lifecycles * Lifecycles.TASKS_PER_LIFECYCLE;
                if (!Strike.when(driver, tasks / 4, outcome)) {
                    throw new IllegalStateException("The load ended before the broker could be stopped under it");
                }
                long failedBefore = driver.failedRequests();
                int tasksBefore = driver.tasksCompleted();
                int completedBefore = driver.completed();
                backlog.takePeak();
                long stopping = System.nanoTime();
                rig.stopBroker();
                progress.say("broker stopped after %d of %d tasks; it stays away for %s", tasksBefore, tasks, outage);
                Thread.sleep(Math.max(0, outage.toMillis() - (System.nanoTime() - stopping) / 1_000_000));
                int tasksDuring = driver.tasksCompleted() - tasksBefore;
                int completedDuring = driver.completed() - completedBefore;
                long failedDuring = driver.failedRequests() - failedBefore;
                long waiting = backlog.unpublished();
                long peakAway = backlog.takePeak();
                long lastCommitted = backlog.lastPosition();
                rig.startBrokerAgain();
                long back = System.nanoTime();
                progress.say("broker back after %.1f s; %d events wait in the outbox", seconds(stopping, back), waiting);
                Duration drained = backlog.awaitPublishedUpTo(lastCommitted, DrillRig.PATIENCE);
                long peakDraining = backlog.takePeak();
                progress.say("the outage's events published %.1f s after the broker was back", drained.toMillis() / 1000.0);
                Lifecycles.Outcome driven = outcome.get();
                report.figure("load: proposal of the first to closure of the last", seconds(started, System.nanoTime()), "s");
                report.figure("broker away (stop begun → started again)", seconds(stopping, back), "s");
                report.figure("staff tasks completed over REST while it was away", tasksDuring, "tasks");
                report.figure("lifecycles completed while it was away", completedDuring, "lifecycles");
                report.figure("requests failed while it was away", failedDuring, "requests");
                report.figure("outbox backlog peak while it was away (unpublished, sampled every 200 ms)", peakAway, "events");
                report.figure("outbox backlog when it was back", waiting, "events");
                report.figure("drain time (broker back → every event committed until then published)",
                        drained.toMillis() / 1000.0, "s");
                report.figure("outbox backlog peak while draining (staff kept committing)", peakDraining, "events");
                report.figure("requests failed before their retries (connection / HTTP 5xx)",
                        driven.connectionErrors() + " / " + driven.serverErrors(), "requests");
                report.figure("votes sent again after a failed send", driven.failedSends(), "sends");
                report.lifecycles(driven);
                progress.say("load over: %d of %d lifecycles completed; checking the invariants", driven.completed(), lifecycles);
                Invariants.Result invariants = rig.checkInvariants();
                report.invariants(invariants);
                report.figure("events lost", invariants.lost(), "events");
                report.figure("duplicate effects", invariants.duplicateEffectsTotal(), "effects");
            } finally {
                load.shutdownNow();
            }
        }
    }
}
