package org.regionalcoop.drill;

import org.regionalcoop.local.PlatformInstance;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.regionalcoop.drill.DrillReport.seconds;

/**
 * kill -9 under load: the instance is killed (SIGKILL: no shutdown hook, transactions cut off mid-way, the relay
 * between its send and its commit, jobs locked) at evenly spread points of the load, and started again on the
 * same port each time, while the driver keeps working and retries what failed. A second instance runs beside it
 * throughout, as the chart's second replica would, and takes over the jobs the killed one held: each kill hits
 * the instance in the middle of a job ({@link JobTakeover}), and the drill reports from the kill to the moment
 * every job it held ran again, which must be after the jobs' locks expired and within lock time + max-wait
 * (+ {@link JobTakeover#SLACK}) of the kill.
 */
final class CrashDrill implements Drill {

    static final int DEFAULT_LIFECYCLES = 1000;
    static final int DEFAULT_THREADS = 32;
    /** How long a strike waits for the instance to be running a timer job before it kills it anyway. */
    static final Duration STRIKE_PATIENCE = Duration.ofMinutes(3);

    @Override
    public void run(DrillSettings settings, DrillRig rig, ProgressLine progress, DrillReport report) throws Exception {
        int lifecycles = settings.lifecyclesOr(DEFAULT_LIFECYCLES);
        int threads = settings.threadsOr(DEFAULT_THREADS);
        report.setting("lifecycles", lifecycles).setting("threads", threads).setting("kills", settings.kills())
                .setting("instanceSettings", settings.instanceSettings());
        long incidentsBefore = rig.incidentsCreated();
        JobTakeover jobs = new JobTakeover(rig.jdbcUrl(), rig.instanceSettings());
        report.setting("lockTime", jobs.lockTime().toString()).setting("maxWait", jobs.maxWait().toString());
        progress.say("starting a second instance beside %s to take over what the killed one held", rig.instance().name());
        PlatformInstance survivor = rig.startAnother("instance-2");
        Lifecycles driver = rig.lifecycles("Crash drill agreement ", threads);
        ExecutorService load = Executors.newSingleThreadExecutor();
        List<JobTakeover.Takeover> takeovers = new ArrayList<>();
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
                long striking = System.nanoTime();
                JobTakeover.Takeover takeover = jobs.killWhileRunningAJob(rig.instance(),
                        () -> outcome.isDone() || System.nanoTime() - striking > STRIKE_PATIENCE.toNanos(), progress);
                long killed = System.nanoTime();
                takeovers.add(takeover);
                progress.say("kill %d of %d: instance killed with SIGKILL after %d of %d tasks; starting it again",
                        kill, settings.kills(), driver.tasksCompleted(), tasks);
                rig.instance().startAgain();
                long ready = System.nanoTime();
                progress.say("kill %d: instance ready again %.1f s after the kill; it held %d jobs", kill,
                        seconds(killed, ready), takeover.jobs().size());
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
            try {
                reportTakeovers(jobs, takeovers, report);
            } finally {
                rig.stopOther(survivor);
            }
        }
    }

    /** Also when the drill failed after a kill (e.g. the instance did not start again), what the kill left is shown. */
    private static void reportTakeovers(JobTakeover jobs, List<JobTakeover.Takeover> takeovers, DrillReport report)
            throws SQLException, InterruptedException {
        for (int kill = 0; kill < takeovers.size(); kill++) {
            JobTakeover.Takeover takeover = jobs.awaitTakeover(takeovers.get(kill));
            report.takeover(takeover);
            report.figure("kill " + (kill + 1) + ": jobs the killed instance held", takeover.jobs().size(), "jobs");
            report.figure("kill " + (kill + 1) + ": killed → every held job ran again", takeover.killedToResumed()
                    .<Object>map(took -> took.toMillis() / 1000.0).orElse("never"), "s");
            report.figure("kill " + (kill + 1) + ": bound (lock time + max-wait + slack)",
                    takeover.bound().toMillis() / 1000.0, "s");
            report.figure("kill " + (kill + 1) + ": held jobs run again by", takeover.jobs().stream()
                    .map(job -> job.ranBy().orElse("none")).distinct().sorted().toList().toString(), "");
        }
    }
}
