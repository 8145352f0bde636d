package org.regionalcoop.benchmark;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.consensus.Answer;
import org.regionalcoop.consensus.BallotKey;
import org.regionalcoop.consensus.internal.ParticipantAnswers;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.context.ApplicationContext;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a W1 lifecycle's cost goes, stage by stage: W1's lifecycle run one at a time, with the statements, the JVM's
 * CPU and PostgreSQL's CPU of each stage measured apart (the driver's own reads between stages left out). It tells
 * which part of the models a change would have to touch to move the totals, which the saturated rounds cannot.
 */
final class LifecyclePhases {

    private static final List<String> PHASES = List.of(
            "proposal (lifecycle, consensus round and ballots opened)",
            "consensus (both answers, tally, signature tasks)",
            "signatures (both signed, approval routed, review task)",
            "review (approved, grant items prepared and assessed, decision task)",
            "grant decision (awarded, agreement in force)");

    private final Agreements agreements;
    private final ParticipantAnswers answers;
    private final TaskService tasks;
    private final LifecycleDriver driver;
    private final Resources resources;
    private final Map<String, Cost> costs = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> statements = new HashMap<>();

    LifecyclePhases(ApplicationContext context, Resources resources) {
        this.agreements = context.getBean(Agreements.class);
        this.answers = context.getBean(ParticipantAnswers.class);
        this.tasks = context.getBean(TaskService.class);
        this.driver = context.getBean(LifecycleDriver.class);
        this.resources = resources;
        PHASES.forEach(phase -> costs.put(phase, new Cost()));
    }

    void run(int lifecycles, Report report, Progress progress) {
        if (!resources.statementsCounted()) {
            report.note("W1 stages not measured: pg_stat_statements could not be loaded");
            return;
        }
        progress.say("W1 stages: %d lifecycles one at a time", lifecycles);
        for (int i = 0; i < lifecycles; i++) {
            lifecycle();
        }
        for (Map.Entry<String, Cost> phase : costs.entrySet()) {
            Cost cost = phase.getValue();
            report.figure("W1 stages", phase.getKey() + ": statements", "statements", List.of(cost.statements / (double) lifecycles));
            report.figure("W1 stages", phase.getKey() + ": CPU, platform JVM", "ms", List.of(cost.jvmNanos / 1e6 / lifecycles));
            report.figure("W1 stages", phase.getKey() + ": CPU, PostgreSQL", "ms", List.of(cost.postgresNanos / 1e6 / lifecycles));
            statements.get(phase.getKey()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .forEach(statement -> report.note(String.format("W1 stage %s, %.1f calls per lifecycle: %s",
                            phase.getKey().substring(0, phase.getKey().indexOf(' ')),
                            statement.getValue() / (double) lifecycles, statement.getKey())));
        }
        report.note("W1 stages: one lifecycle at a time, each stage from its first call to its last continuation done;"
                + " the JVM's figure holds whatever ran meanwhile (the relay publishing the stage's events, the broker)");
    }

    private void lifecycle() {
        Agreement agreement = measure(PHASES.get(0), () -> {
            Agreement proposed = driver.propose(AgreementType.FRAMEWORK, BareEngine.REQUESTED, BareEngine.PARTICIPANTS);
            driver.awaitContinuations(proposed);
            return proposed;
        });
        measure(PHASES.get(1), () -> {
            for (String participant : BareEngine.PARTICIPANTS) {
                answers.answer(new BallotKey(agreement.id(), 1, new GovernmentCode(participant)), Answer.CONSENT, null,
                        "urn:gov:" + participant + ":benchmark");
            }
            driver.awaitContinuations(agreement);
            return null;
        });
        String hash = agreements.current(agreement.id()).current().contentHash();
        completeAll(PHASES.get(2), agreement, "user_sign_agreement", BareEngine.PARTICIPANTS.length,
                Map.of("signedContentHash", hash));
        completeAll(PHASES.get(3), agreement, "user_review_agreement", 1, Map.of("reviewDecision", "approve"));
        completeAll(PHASES.get(4), agreement, "user_decide_grant", 1, Map.of("grantDecision", "award"));
    }

    /** Completes the stage's open tasks of this kind, found before the stage is measured, and its continuations. */
    private void completeAll(String phase, Agreement agreement, String taskKey, int expected, Map<String, Object> values) {
        List<Task> open = driver.openTasks(agreement, taskKey);
        BareEngine.expect(open.size() == expected, agreement, open.size() + " open " + taskKey);
        measure(phase, () -> {
            open.forEach(task -> tasks.complete(task.getId(), values));
            driver.awaitContinuations(agreement);
            return null;
        });
    }

    private <T> T measure(String phase, Supplier<T> work) {
        resources.resetStatements();
        Resources.Usage before = resources.glance();
        T result = work.get();
        Resources.Usage used = resources.glance().minus(before);
        Map<String, Long> calls = statements.computeIfAbsent(phase, k -> new HashMap<>());
        long counted = 0;
        for (Map.Entry<Long, String> statement : resources.topStatements(200)) {
            if (!statement.getValue().contains("pg_stat_statements")) {
                calls.merge(statement.getValue(), statement.getKey(), Long::sum);
                counted += statement.getKey();
            }
        }
        costs.get(phase).add(counted, used);
        return result;
    }

    private static final class Cost {
        long statements;
        long jvmNanos;
        long postgresNanos;

        void add(long statements, Resources.Usage used) {
            this.statements += statements;
            this.jvmNanos += used.jvmCpuNanos();
            this.postgresNanos += used.postgresCpuNanos();
        }
    }
}
