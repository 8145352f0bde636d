package org.regionalcoop.deployment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's schema check of the rendered manifests fails on what the API server would refuse or drop. */
class ManifestSchemasIT {

    @TempDir
    Path dir;

    @Test
    void aFieldTheKindDoesNotHaveFailsTheCheck() throws IOException, InterruptedException {
        Result result = validateChanged("production", "primaryUpdateStrategy: unsupervised",
                "primaryUpdateStrategy: unsupervised\n  minSyncReplica: 1");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Cluster coop-regional-cooperation-platform-db")
                .contains("'\"minSyncReplica\"' does not exist");
    }

    @Test
    void aFieldAStrimziKindDoesNotHaveFailsTheCheckAgainstTheVendoredCrd() throws IOException, InterruptedException {
        Result result = validateChanged("production", "  topicName: coop.agreements.v1\n",
                "  topicName: coop.agreements.v1\n  partitionCount: 12\n");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("KafkaTopic coop.agreements.v1: /spec must NOT have additional properties (partitionCount)")
                .contains("strimzi-0.49.0/043-Crd-kafkatopic.yaml");
    }

    @Test
    void aValueAStrimziKindDoesNotAllowFailsTheCheck() throws IOException, InterruptedException {
        Result result = validateChanged("production", "    type: scram-sha-512", "    type: scram-sha-256");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("KafkaUser").contains("/spec/authentication");
    }

    @Test
    void aValueOfTheWrongTypeFailsTheCheck() throws IOException, InterruptedException {
        Result result = validateChanged("minimal", "containerPort: 8080", "containerPort: http");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Deployment coop-regional-cooperation-platform").contains("containerPort");
    }

    @Test
    void theRenderingsOfTheBuildPass() throws IOException, InterruptedException {
        Result result = validate(Helm.RENDERED.resolve("production.yaml"));
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    /** The build's rendering with values-{name}.yaml, one line of it changed, through the check. */
    private Result validateChanged(String rendering, String line, String changedTo) throws IOException, InterruptedException {
        String original = Files.readString(Helm.RENDERED.resolve(rendering + ".yaml"));
        String changed = original.replace(line, changedTo);
        assertThat(changed).as("the rendering has %s", line).isNotEqualTo(original);
        return validate(Files.writeString(dir.resolve("changed.yaml"), changed));
    }

    private Result validate(Path manifests) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("node", Path.of("helm/tooling/validate-manifests.mjs").toString(),
                Helm.RENDERED.resolveSibling("tool").toString(), manifests.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
