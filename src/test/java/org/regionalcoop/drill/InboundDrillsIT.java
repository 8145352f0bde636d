package org.regionalcoop.drill;

import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbound drills in every build, on one rig to spare a start-up: the consumer group moved back to the start
 * of every inbound topic after 10 lifecycles, then poison records of every kind mixed with the votes of 10 more.
 * Each must complete every lifecycle and keep every invariant, and its own checks (nothing applied twice, no row
 * changed; every poison record dead-lettered with its reason, every good vote applied) or it fails. The reports
 * are written to {@code target/inbound-drills-report.txt}.
 */
class InboundDrillsIT {

    private static final DrillSettings QUICK = new DrillSettings(10, 10, 0, Duration.ZERO, List.of());

    @Test
    void aReplayedGroupAppliesNothingTwiceAndPoisonIsSetAsideWithItsReasons() throws Exception {
        Path directory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "inbound-drills-");
        DrillReport replay = new DrillReport("replay");
        DrillReport poison = new DrillReport("poison");
        try (DrillRig rig = DrillRig.start(directory, QUICK, new ProgressLine("inbound drills"))) {
            Drills.run(new ReplayDrill(), QUICK, rig, new ProgressLine("replay"), replay);
            Drills.run(new PoisonDrill(), QUICK, rig, new ProgressLine("poison"), poison);
        } finally {
            try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of("target", "inbound-drills-report.txt")))) {
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
}
