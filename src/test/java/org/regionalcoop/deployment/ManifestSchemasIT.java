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
    void aFieldACloudNativePgKindDoesNotHaveFailsTheCheckAgainstTheVendoredCrd() throws IOException, InterruptedException {
        Result result = validateChanged("production", "primaryUpdateStrategy: unsupervised",
                "primaryUpdateStrategy: unsupervised\n  minSyncReplica: 1");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output())
                .contains("Cluster coop-regional-cooperation-platform-db: /spec must NOT have additional properties (minSyncReplica)")
                .contains("cloudnative-pg-1.30.0/postgresql.cnpg.io_clusters.yaml");
    }

    @Test
    void aValueACloudNativePgKindDoesNotAllowFailsTheCheck() throws IOException, InterruptedException {
        Result result = validateChanged("production", "  method: barmanObjectStore", "  method: barman");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("ScheduledBackup coop-regional-cooperation-platform-db: /spec/method must be equal to one of the allowed values")
                .contains("cloudnative-pg-1.30.0/postgresql.cnpg.io_scheduledbackups.yaml");
    }

    @Test
    void aFieldAPrometheusOperatorKindDoesNotHaveFailsTheCheckAgainstTheVendoredCrd() throws IOException, InterruptedException {
        Result monitor = validateChanged("production", "      path: /actuator/prometheus",
                "      path: /actuator/prometheus\n      scrapeInterval: 30s");
        Result podMonitor = validateChanged("production", "    - port: metrics", "    - port: metrics\n      honorLabel: true");

        assertThat(monitor.exitCode()).isNotZero();
        assertThat(monitor.output())
                .contains("ServiceMonitor coop-regional-cooperation-platform: /spec/endpoints/0 must NOT have additional properties (scrapeInterval)")
                .contains("prometheus-operator-0.93.0/monitoring.coreos.com_servicemonitors.yaml");
        assertThat(podMonitor.exitCode()).isNotZero();
        assertThat(podMonitor.output())
                .contains("PodMonitor coop-regional-cooperation-platform-db: /spec/podMetricsEndpoints/0 must NOT have additional properties (honorLabel)")
                .contains("prometheus-operator-0.93.0/monitoring.coreos.com_podmonitors.yaml");
    }

    @Test
    void aPatternOfTheCrdIsMatchedAsTheApiServerMatchesIt() throws IOException, InterruptedException {
        // The group's pattern is Go's ^(?i)(abort|warn)?$: any case of either word, nothing else.
        Result anyCase = validateChanged("production", "    rules:", "    partial_response_strategy: Warn\n    rules:");
        Result other = validateChanged("production", "    rules:", "    partial_response_strategy: skip\n    rules:");

        assertThat(anyCase.exitCode()).as(anyCase.output()).isZero();
        assertThat(other.exitCode()).isNotZero();
        assertThat(other.output()).contains("PrometheusRule coop-regional-cooperation-platform: /spec/groups/0/partial_response_strategy must match pattern")
                .contains("prometheus-operator-0.93.0/monitoring.coreos.com_prometheusrules.yaml");
    }

    @Test
    void aFieldAKubernetesKindDoesNotHaveFailsTheCheck() throws IOException, InterruptedException {
        Result result = validateChanged("minimal", "terminationGracePeriodSeconds: 45", "terminationGracePeriod: 45");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Deployment coop-regional-cooperation-platform").contains("'\"terminationGracePeriod\"' does not exist in type 'IPodSpec'");
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
