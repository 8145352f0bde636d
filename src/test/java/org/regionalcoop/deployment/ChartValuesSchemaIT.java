package org.regionalcoop.deployment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** values.schema.json makes helm refuse a values file it would otherwise quietly misapply. */
class ChartValuesSchemaIT {

    @TempDir
    Path dir;

    @Test
    void aMisspeltKeyIsRejected() throws IOException, InterruptedException {
        Helm.Result result = template("""
                database:
                  existingSecret: coop-database
                  pooolSize: 50
                """);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("pooolSize").contains("not allowed");
    }

    @Test
    void aWrongTypeIsRejected() throws IOException, InterruptedException {
        Helm.Result result = template("""
                replicaCount: "three"
                """);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("/replicaCount").contains("want integer");
    }

    @Test
    void theStrictLintRejectsABadValuesFileToo() throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("values-under-test.yaml"), """
                autoscaling:
                  enabled: "yes"
                """);
        Helm.Result lint = Helm.run(dir, "lint", "--strict", Helm.CHART.toString(), "-f", file.toString());
        assertThat(lint.exitCode()).isNotZero();
        assertThat(lint.output()).contains("/autoscaling/enabled").contains("want boolean");
    }

    @Test
    void aDurationTheApplicationCannotReadIsRejected() throws IOException, InterruptedException {
        Helm.Result result = template("""
                platform:
                  consensus:
                    roundDeadline: 14d
                """);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("/platform/consensus/roundDeadline");
    }

    @Test
    void aCredentialCannotBeGivenAsAValueNorIsItPrinted() throws IOException, InterruptedException {
        Helm.Result result = template("""
                database:
                  password: s3cret-never-printed
                """);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("password").doesNotContain("s3cret-never-printed");
    }

    @Test
    void theSameTemplateCallRendersWithAValidValuesFile() throws IOException, InterruptedException {
        // Guards the rejection tests above: they fail for the bad key, not for how helm is called.
        Helm.Result result = template("""
                replicaCount: 3
                """);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("replicas: 3");
    }

    private Helm.Result template(String values) throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("values-under-test.yaml"), values);
        return Helm.run(dir, "template", "coop", Helm.CHART.toString(), "-f", file.toString());
    }
}
