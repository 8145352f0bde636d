package org.regionalcoop.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.regionalcoop.drill.DrillReport.seconds;

/**
 * The inbound consumer group reset to offset 0: after a load of lifecycles whose votes came in through Kafka,
 * the instance is stopped, its group moved back to the start of every inbound topic, and the instance started
 * again, so it reads every participant's record a second time. The inbox must suppress each one: nothing is
 * applied again, no row of any table changes, and the lag returns to zero.
 */
final class ReplayDrill implements Drill {

    static final int DEFAULT_LIFECYCLES = 100;
    static final int DEFAULT_THREADS = 16;

    @Override
    public void run(DrillSettings settings, DrillRig rig, ProgressLine progress, DrillReport report) throws Exception {
        int lifecycles = settings.lifecyclesOr(DEFAULT_LIFECYCLES);
        int threads = settings.threadsOr(DEFAULT_THREADS);
        report.setting("lifecycles", lifecycles).setting("threads", threads).setting("instanceSettings", settings.instanceSettings());
        try (InboundGroup group = new InboundGroup(rig.bootstrapServers())) {
            Lifecycles driver = rig.lifecycles("Replay drill agreement ", threads);
            long started = System.nanoTime();
            Lifecycles.Outcome driven = driver.drive(lifecycles, progress.lifecycles(driver));
            report.figure("load: proposal of the first to closure of the last", seconds(started, System.nanoTime()), "s");
            report.lifecycles(driven);
            group.awaitCaughtUp(DrillRig.PATIENCE);
            Invariants.awaitOutboxDrained(rig.jdbcUrl(), DrillRig.PATIENCE);
            DomainState before = DomainState.of(rig.jdbcUrl());

            progress.say("load over: %d of %d lifecycles completed; stopping the instance", driven.completed(), lifecycles);
            rig.instance().close();
            group.awaitNoMembers(DrillRig.PATIENCE);
            long reread = group.resetToStart();
            progress.say("group %s moved to offset 0 of %s: %d records to read again", group.groupId(), group.topics(), reread);
            long restarting = System.nanoTime();
            rig.instance().startAgain();
            long ready = System.nanoTime();
            group.awaitCaughtUp(DrillRig.PATIENCE);
            long caughtUp = System.nanoTime();
            progress.say("instance ready after %.1f s, lag 0 after %.1f s", seconds(restarting, ready), seconds(restarting, caughtUp));
            PlatformCounters counters = PlatformCounters.read(rig.instance().baseUrl());
            Invariants.awaitOutboxDrained(rig.jdbcUrl(), DrillRig.PATIENCE);
            DomainState after = DomainState.of(rig.jdbcUrl());
            List<String> changed = after.changedSince(before);

            long duplicates = counters.total(PlatformCounters.DUPLICATES);
            long applied = counters.total(PlatformCounters.APPLIED);
            long deadLettered = counters.total(PlatformCounters.DEAD_LETTERS);
            report.figure("records on the inbound topics, read again", reread, "records");
            report.figure("duplicates suppressed by the inbox", duplicates, "records");
            report.figure("dead-lettered again (as the first time)", deadLettered, "records");
            report.figure("applied again", applied, "records");
            report.figure("inbox rows before / after", before.inboxRows() + " / " + after.inboxRows(), "rows");
            report.figure("tables whose rows changed", changed.isEmpty() ? "none" : String.join(", ", changed), "");
            report.figure("instance started again → ready", seconds(restarting, ready), "s");
            report.figure("catch-up time (instance started → lag 0)", seconds(restarting, caughtUp), "s");
            report.figure("of it after ready", seconds(ready, caughtUp), "s");

            progress.say("checking the invariants");
            Invariants.Result invariants = rig.checkInvariants();
            report.invariants(invariants);
            report.figure("events lost", invariants.lost(), "events");
            report.figure("duplicate effects", invariants.duplicateEffectsTotal(), "effects");

            List<String> missed = new ArrayList<>();
            if (duplicates + deadLettered != reread) {
                missed.add(reread + " records read again, but " + duplicates + " suppressed and " + deadLettered + " dead-lettered");
            }
            if (applied != 0) {
                missed.add(applied + " records applied a second time");
            }
            if (after.inboxRows() != before.inboxRows()) {
                missed.add("the inbox went from " + before.inboxRows() + " to " + after.inboxRows() + " rows");
            }
            if (!changed.isEmpty()) {
                missed.add("rows changed in " + changed);
            }
            if (!missed.isEmpty()) {
                throw new IllegalStateException("The replay was not suppressed: " + String.join("; ", missed));
            }
        }
    }
}
