package org.regionalcoop.benchmark;

import org.HdrHistogram.Recorder;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.consensus.Answer;
import org.regionalcoop.consensus.BallotKey;
import org.regionalcoop.consensus.internal.ParticipantAnswers;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * W1: whole cooperation lifecycles in-process, no Kafka consumer involved. Shanghai proposes an agreement
 * with Jiangsu asking for support; both participants' systems consent through {@link ParticipantAnswers}
 * (the in-process twin of the vote-cast event), both leaders sign, the central agency's reviewer approves
 * and its grant officer awards the grant: the agreement is in force. Closed loop, to find saturation.
 */
final class BareEngine {

    static final String[] PARTICIPANTS = {"SH", "JS"};
    static final String REQUESTED = "1000000.00";

    private final Agreements agreements;
    private final ParticipantAnswers answers;
    private final TaskService tasks;
    private final LifecycleDriver driver;
    private final Resources resources;

    BareEngine(ApplicationContext context, Resources resources) {
        this.agreements = context.getBean(Agreements.class);
        this.answers = context.getBean(ParticipantAnswers.class);
        this.tasks = context.getBean(TaskService.class);
        this.driver = context.getBean(LifecycleDriver.class);
        this.resources = resources;
    }

    /** One agreement from proposal to its grant awarded; fails if any stage is not where it should be. */
    void lifecycle() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, REQUESTED, PARTICIPANTS);
        for (String participant : PARTICIPANTS) {
            boolean counted = answers.answer(new BallotKey(agreement.id(), 1, new GovernmentCode(participant)),
                    Answer.CONSENT, null, "urn:gov:" + participant + ":benchmark");
            if (!counted) {
                throw new IllegalStateException(participant + "'s consent did not count for " + agreement.id());
            }
        }
        driver.awaitContinuations(agreement);
        afterConsensus(agreement, PARTICIPANTS.length);
    }

    /** The staff's part once every participant consented: the leaders sign, the reviewer approves, the grant is awarded. */
    void afterConsensus(Agreement agreement, int participants) {
        String hash = agreements.current(agreement.id()).current().contentHash();
        List<Task> signatures = driver.openTasks(agreement, "user_sign_agreement");
        expect(signatures.size() == participants, agreement, signatures.size() + " signature tasks");
        for (Task signature : signatures) {
            tasks.complete(signature.getId(), Map.of("signedContentHash", hash));
        }
        driver.awaitContinuations(agreement);
        driver.complete(agreement, "user_review_agreement", "CN-CCA.reviewer", Map.of("reviewDecision", "approve"));
        expect(driver.openTasks(agreement, "user_decide_grant").size() == 1, agreement, "no grant decision");
        driver.awardGrants(agreement);
        expect(agreements.current(agreement.id()).status() == AgreementStatus.APPROVED, agreement, "not approved");
        expect(tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%").count() == 0, agreement,
                "tasks left open");
    }

    static void expect(boolean condition, Agreement agreement, String problem) {
        if (!condition) {
            throw new IllegalStateException("Lifecycle of " + agreement.id() + ": " + problem);
        }
    }

    /** Returns the median lifecycles per second at saturation, for W2's arrival rates. */
    double run(Settings settings, Report report, Progress progress) {
        progress.say("W1: warm-up");
        Load.Outcome warmUp = Load.closed(settings.lifecycleThreads(), settings.lifecycleDuration().dividedBy(2),
                due -> lifecycle());
        failOn("W1 warm-up", warmUp);
        List<Double> throughput = new ArrayList<>();
        List<Double> commits = new ArrayList<>();
        List<Double> statements = new ArrayList<>();
        List<Double> jvmCpu = new ArrayList<>();
        List<Double> postgresCpu = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        resources.resetStatements();
        long measured = 0;
        Background idle = background();
        for (int round = 1; round <= settings.rounds(); round++) {
            Recorder latencies = new Recorder(3);
            Resources.Usage before = resources.snapshot();
            Load.Outcome outcome = Load.closed(settings.lifecycleThreads(), settings.lifecycleDuration(), due -> {
                long started = System.nanoTime();
                lifecycle();
                latencies.recordValue((System.nanoTime() - started) / 1000);
            });
            Resources.Usage used = resources.snapshot().minus(before);
            failOn("W1 round " + round, outcome);
            double lifecycles = outcome.completed();
            measured += outcome.completed();
            throughput.add(outcome.perSecond());
            commits.add(idle.commits().net(used.commits(), used.nanos()) / lifecycles);
            if (used.statements() >= 0) {
                statements.add(idle.statements().net(used.statements(), used.nanos()) / lifecycles);
            }
            jvmCpu.add(used.jvmCpuNanos() / 1e6 / lifecycles);
            postgresCpu.add(used.postgresCpuNanos() / 1e6 / lifecycles);
            var histogram = latencies.getIntervalHistogram();
            p50.add(histogram.getValueAtPercentile(50) / 1000.0);
            p99.add(histogram.getValueAtPercentile(99) / 1000.0);
            progress.say("W1 round %d/%d: %d lifecycles, %.2f/s, %.0f commits and %s statements each, CPU %.0f ms JVM + %.0f ms PostgreSQL each",
                    round, settings.rounds(), outcome.completed(), outcome.perSecond(), commits.get(round - 1),
                    statements.isEmpty() ? "n/a" : String.format("%.0f", statements.get(round - 1)),
                    jvmCpu.get(round - 1), postgresCpu.get(round - 1));
        }
        String threads = " (" + settings.lifecycleThreads() + " threads, closed loop)";
        report.figure("W1", "lifecycles per second" + threads, "lifecycles/s", throughput);
        report.figure("W1", "lifecycle duration p50 at saturation", "ms", p50);
        report.figure("W1", "lifecycle duration p99 at saturation", "ms", p99);
        report.figure("W1", "database commits per lifecycle (idle rate subtracted)", "commits", commits);
        if (!statements.isEmpty()) {
            report.figure("W1", "SQL statements per lifecycle (pg_stat_statements)", "statements", statements);
        } else {
            report.note("pg_stat_statements could not be loaded: statements per lifecycle are not counted");
        }
        report.figure("W1", "CPU per lifecycle, platform JVM (engine, relay, broker)", "ms", jvmCpu);
        report.figure("W1", "CPU per lifecycle, PostgreSQL processes", "ms", postgresCpu);
        report.note(String.format("W1 idle background subtracted from the per-lifecycle figures: %.1f commits/s (job executor,"
                        + " relay polls) and %.0f commits per measured window (the pool reopening the connections a snapshot closes)",
                idle.commits().perSecond(), idle.commits().perWindow()));
        for (Map.Entry<Long, String> statement : resources.topStatements(12)) {
            report.note(String.format("W1 statement, %.1f calls per lifecycle (idle included): %s",
                    statement.getKey() / (double) measured, statement.getValue()));
        }
        return Stats.median(throughput);
    }

    /**
     * What the platform commits and executes with nothing to do. Every snapshot closes the pool's connections, so
     * every measured window also holds the pool's reopening them (one commit and one statement each for the
     * connection's init SQL) whatever its length; two idle windows of different lengths tell that fixed part from
     * the rate of the idle background (the relay's poll, the job executor's looks).
     */
    private Background background() {
        Resources.Usage shortWindow = idleWindow(2000);
        Resources.Usage longWindow = idleWindow(8000);
        return new Background(
                Idle.of(shortWindow.commits(), shortWindow.nanos(), longWindow.commits(), longWindow.nanos()),
                Idle.of(shortWindow.statements(), shortWindow.nanos(), longWindow.statements(), longWindow.nanos()));
    }

    private Resources.Usage idleWindow(long millis) {
        Resources.Usage before = resources.snapshot();
        Resources.pause(millis);
        return resources.snapshot().minus(before);
    }

    record Background(Idle commits, Idle statements) {
    }

    /** An idle count per window and per nanosecond, from two idle windows of different lengths. */
    record Idle(double perWindow, double perNano) {

        static Idle of(long shortCount, long shortNanos, long longCount, long longNanos) {
            double perNano = Math.max(0, (double) (longCount - shortCount) / (longNanos - shortNanos));
            return new Idle(Math.max(0, shortCount - perNano * shortNanos), perNano);
        }

        double net(long used, long nanos) {
            return used - perWindow - perNano * nanos;
        }

        double perSecond() {
            return perNano * 1e9;
        }
    }

    static void failOn(String stage, Load.Outcome outcome) {
        if (outcome.failed() > 0) {
            throw new IllegalStateException(stage + ": " + outcome.failed() + " of "
                    + (outcome.completed() + outcome.failed()) + " operations failed", outcome.firstFailure());
        }
    }
}
