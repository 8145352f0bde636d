package org.regionalcoop.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multi-instance run, small enough for every build: two instances in JVMs of their own share one
 * PostgreSQL and one broker while a dozen agreements run their whole lifecycle. Its counts are written to
 * {@code target/multi-instance-report.txt}; docs/kubernetes.md has the command for a larger run.
 */
class MultiInstanceIT {

    @Test
    void twoInstancesSharingTheDatabaseAndBrokerKeepEveryInvariant() throws Exception {
        Path directory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "multi-instance-");

        MultiInstanceRun.Report report = MultiInstanceRun.run(2, 12, directory);

        Files.writeString(Path.of("target", "multi-instance-report.txt"), report.summary() + "\n");
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.completed()).as("lifecycles completed").isEqualTo(12);
        assertThat(report.duplicateEvents()).as("events published twice").isZero();
        assertThat(report.lostEvents()).as("events committed but not published").isZero();
        assertThat(report.agreementsWithGaps()).as("agreements whose events have gaps").isZero();
        assertThat(report.outOfOrder()).as("events out of order").isZero();
        assertThat(report.events()).as("events published").isPositive();
        assertThat(report.jobsRunTwice()).as("jobs run twice").isZero();
        assertThat(report.jobsPerInstance().values().stream().mapToLong(Long::longValue).sum()).as("jobs run").isPositive();
        assertThat(report.overcommittedProgrammes()).as("over-committed grant programmes").isZero();
    }
}
