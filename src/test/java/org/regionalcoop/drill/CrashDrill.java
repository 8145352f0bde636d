package org.regionalcoop.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.regionalcoop.drill.DrillReport.seconds;

/**
 * kill -9 under load: the instance is killed (SIGKILL: no shutdown hook, transactions cut off mid-way, the relay
 * between its send and its commit, jobs locked) at evenly spread points of the load, and started again on the
 * same port each time, while the driver keeps working and retries what failed.
 */
final class CrashDrill implements Drill {

    static final int DEFAULT_LIFECYCLES = 1000;
    static final int DEFAULT_THREADS = 32;

    @Override
    public void run(DrillSettings settings, DrillRig rig, ProgressLine progress, DrillReport report) throws Exception {
        int lifecycles = settings.lifecyclesOr(DEFAULT_LIFECYCLES);
        int threads = settings.threadsOr(DEFAULT_THREADS);
        report.setting("lifecycles", lifecycles).setting("threads", threads).setting("kills", settings.kills())
                .setting("instanceSettings", settings.instanceSettings());
        long incidentsBefore = rig.incidentsCreated();
        Lifecycles driver = rig.lifecycles("Crash drill agreement ", threads);
        ExecutorService load = Executors.newSingleThreadExecutor();
        try {
            long started = System.nanoTime();
            Future<Lifecycles.Outcome> outcome = load.submit(() -> driver.drive(lifecycles, progress.lifecycles(driver)));
            List<long[]> kills = new ArrayList<>();
            int tasks = lifecycles * Lifecycles.TASKS_PER_LIFECYCLE;
            for (int kill = 1; kill <= settings.kills(); kill++) {
                if (!Strike.when(driver, tasks * kill / (settings.kills() + 1), outcome)) {
                    progress.say("the load ended before kill %d", kill);
                    break;
                }
                long killed = System.nanoTime();
                rig.instance().kill();
                progress.say("kill %d of %d: instance killed with SIGKILL after %d of %d tasks; starting it again",
                        kill, settings.kills(), driver.tasksCompleted(), tasks);
                rig.instance().startAgain();
                long ready = System.nanoTime();
                progress.say("kill %d: instance ready again %.1f s after the kill", kill, seconds(killed, ready));
                kills.add(new long[]{killed, ready});
            }
            Lifecycles.Outcome driven = outcome.get();
            report.figure("load: proposal of the first to closure of the last", seconds(started, System.nanoTime()), "s");
            for (int kill = 0; kill < kills.size(); kill++) {
                long killed = kills.get(kill)[0];
                report.figure("kill " + (kill + 1) + ": killed → ready again", seconds(killed, kills.get(kill)[1]), "s");
                report.figure("kill " + (kill + 1) + ": killed → first task completed after it",
                        driver.firstTaskCompletedAfter(killed).<Object>map(at -> seconds(killed, at)).orElse("never"), "s");
            }
            report.lifecycles(driven);
            report.figure("requests failed before their retries (connection / HTTP 5xx)",
                    driven.connectionErrors() + " / " + driven.serverErrors(), "requests");
            progress.say("load over: %d of %d lifecycles completed; checking the invariants", driven.completed(), lifecycles);
            Invariants.Result invariants = rig.checkInvariants();
            report.invariants(invariants);
            report.figure("events lost", invariants.lost(), "events");
            report.figure("records republished (same ce_id again)", invariants.republished(), "records");
            report.figure("duplicate effects", invariants.duplicateEffectsTotal(), "effects");
            report.figure("incidents created / still open",
                    (invariants.incidents() - incidentsBefore) + " / " + invariants.openIncidents(), "incidents");
        } finally {
            load.shutdownNow();
        }
    }
}
