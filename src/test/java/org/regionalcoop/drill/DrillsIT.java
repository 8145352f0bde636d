package org.regionalcoop.drill;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick fault drills in every build, all four on one rig to spare three start-ups of PostgreSQL, the broker and
 * the instance. First the inbound drills, on a rig nothing else ran on yet: the consumer group moved back to the
 * start of every inbound topic after 10 lifecycles, then poison records of every kind mixed with the votes of 10
 * more. Then the instance killed with SIGKILL once under 20 lifecycles while it runs a job, a second instance beside
 * it, then PostgreSQL restarted under 10 more, away for longer than the instance's pool waits for a connection
 * (10 s), so requests do fail. Each must complete every lifecycle and keep every invariant (they hold over the
 * whole database, so over the earlier drills' lifecycles too); the inbound drills also their own checks (nothing
 * applied twice, no row changed; every poison record dead-lettered with its reason, every good vote applied), and
 * the jobs the killed instance held must run again after their locks expired and within lock time + max-wait +
 * slack of the kill. The jobs keep the shipped lock time; the consumer holds its group membership for less than
 * Kafka's default (45 s), so the killed consumer's partitions move within the build's time. The reports are
 * written to {@code target/inbound-drills-report.txt} and {@code target/drills-report.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DrillsIT {

    /** A term of 8 s rather than the drills' 20: each drill's lifecycles spend it waiting, four drills in a row. */
    private static final List<String> QUICK_SETTINGS =
            List.of("--spring.kafka.consumer.properties.session.timeout.ms=10000", DrillRig.TERM + "=PT8S");
    private static final DrillSettings INBOUND = new DrillSettings(10, 10, 0, Duration.ZERO, QUICK_SETTINGS);
    private static final DrillSettings CRASH = new DrillSettings(20, 20, 1, Duration.ZERO, QUICK_SETTINGS);
    private static final DrillSettings POSTGRES = new DrillSettings(10, 10, 0, Duration.ofSeconds(12), QUICK_SETTINGS);

    private DrillRig rig;

    @BeforeAll
    void startTheRig() throws Exception {
        Path directory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "drills-");
        rig = DrillRig.start(directory, CRASH, new ProgressLine("drills"));
    }

    @AfterAll
    void stopTheRig() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    @Order(1)
    void aReplayedGroupAppliesNothingTwiceAndPoisonIsSetAsideWithItsReasons() throws Exception {
        DrillReport replay = new DrillReport("replay");
        DrillReport poison = new DrillReport("poison");
        try {
            Drills.run(new ReplayDrill(), INBOUND, rig, new ProgressLine("replay"), replay);
            Drills.run(new PoisonDrill(), INBOUND, rig, new ProgressLine("poison"), poison);
        } finally {
            try (PrintStream out = new PrintStream(Files.newOutputStream(
                    Path.of("target", "inbound-drills-report.txt")))) {
                replay.print(out);
                poison.print(out);
            }
        }

        for (DrillReport report : List.of(replay, poison)) {
            String name = report.drill();
            assertThat(report.outcome()).as(name + " drove its load").isNotNull();
            assertThat(report.outcome().failures()).as(name + " lifecycles that failed").isEmpty();
            Invariants.Result invariants = report.invariants();
            assertThat(invariants).as(name + " checked the invariants").isNotNull();
            assertThat(invariants.lost()).as(name + " events lost").isZero();
            assertThat(invariants.duplicateEffects()).as(name + " duplicate effects").allSatisfy((effect, count) ->
                    assertThat(count).as(effect).isZero());
            assertThat(invariants.stuck()).as(name + " lifecycles stuck").isZero();
            assertThat(report.holds()).as(name + " holds, its own checks included: " + report.figures()).isTrue();
        }
        assertThat(replay.figures()).as("the replay read the votes again")
                .anySatisfy(figure -> {
                    assertThat(figure.name()).isEqualTo("duplicates suppressed by the inbox");
                    assertThat((Long) figure.value()).isGreaterThanOrEqualTo(20);
                });
    }

    @Test
    @Order(2)
    void aKilledInstanceAndARestartedDatabaseLoseNothingAndDuplicateNothing() throws Exception {
        DrillReport crash = new DrillReport("crash");
        DrillReport postgres = null;
        try {
            Drills.run(new CrashDrill(), CRASH, rig, new ProgressLine("crash"), crash);
            postgres = new DrillReport("postgres");
            Drills.run(new PostgresDrill(), POSTGRES, rig, new ProgressLine("postgres"), postgres);
        } finally {
            try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of("target", "drills-report.txt")))) {
                crash.print(out);
                if (postgres != null) {
                    postgres.print(out);
                }
            }
        }

        for (DrillReport report : List.of(crash, postgres)) {
            String name = report.drill();
            assertThat(report.outcome()).as(name + " drove its load").isNotNull();
            assertThat(report.outcome().failures()).as(name + " lifecycles that failed").isEmpty();
            assertThat(report.allCompleted()).as(name + " completed every lifecycle").isTrue();
            Invariants.Result invariants = report.invariants();
            assertThat(invariants).as(name + " checked the invariants").isNotNull();
            assertThat(invariants.events()).as(name + " events published").isPositive();
            assertThat(invariants.lost()).as(name + " events lost").isZero();
            assertThat(invariants.duplicateSequences()).as(name + " sequence numbers taken twice").isZero();
            assertThat(invariants.agreementsWithGaps()).as(name + " agreements whose events have gaps").isZero();
            assertThat(invariants.outOfOrder()).as(name + " events out of order").isZero();
            assertThat(invariants.ledgerHolds()).as(name + " ledger balances: " + invariants.lines()).isTrue();
            assertThat(invariants.duplicateEffects()).as(name + " duplicate effects").allSatisfy((effect, count) ->
                    assertThat(count).as(effect).isZero());
            assertThat(invariants.stuck()).as(name + " lifecycles stuck").isZero();
            assertThat(report.holds()).as(name + " holds").isTrue();
        }
        assertThat(crash.figures()).as("the crash drill killed the instance")
                .anySatisfy(figure -> assertThat(figure.name()).startsWith("kill 1: killed → ready again"));
        // On a quiet machine every lifecycle may be done before a timer falls to the instance killed; such a run
        // measures no takeover (its report says so), and every job the instance did hold must have been taken over.
        assertThat(crash.takeovers()).as("the crash drill's kills").hasSize(1).allSatisfy(takeover -> {
            assertThat(takeover.lockedLongerThanLockTime()).as("held jobs locked for longer than " + takeover.lockTime()).isEmpty();
            assertThat(takeover.runBeforeLockExpired()).as("held jobs another instance ran while they were still locked").isEmpty();
            assertThat(takeover.notTakenOverWithinBound()).as("held jobs not run again within " + takeover.bound()
                    + " of the kill (lock time + max-wait + slack)").isEmpty();
        });
        assertThat(postgres.outcome().failedRequests()).as("requests that met the stopped database").isPositive();
    }
}
