package org.regionalcoop.deployment;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's schema check of the rendered manifests fails on what the API server would refuse or drop. Every
 * changed rendering goes through one run of the check, as the build's renderings do: compiling the schemas and the
 * manifests' types is most of a run's work, and a run per change took two minutes of both cores.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManifestSchemasIT {

    private static final Change CNPG_FIELD = new Change("cnpg-field", "production",
            "primaryUpdateStrategy: unsupervised", "primaryUpdateStrategy: unsupervised\n  minSyncReplica: 1");
    private static final Change CNPG_VALUE = new Change("cnpg-value", "production",
            "  method: barmanObjectStore", "  method: barman");
    private static final Change MONITOR_FIELD = new Change("monitor-field", "production",
            "      path: /actuator/prometheus", "      path: /actuator/prometheus\n      scrapeInterval: 30s");
    private static final Change POD_MONITOR_FIELD = new Change("pod-monitor-field", "production",
            "    - port: metrics", "    - port: metrics\n      honorLabel: true");
    // The group's pattern is Go's ^(?i)(abort|warn)?$: any case of either word, nothing else.
    private static final Change PATTERN_ANY_CASE = new Change("pattern-any-case", "production",
            "    rules:", "    partial_response_strategy: Warn\n    rules:");
    private static final Change PATTERN_OTHER = new Change("pattern-other", "production",
            "    rules:", "    partial_response_strategy: skip\n    rules:");
    private static final Change KUBERNETES_FIELD = new Change("kubernetes-field", "minimal",
            "terminationGracePeriodSeconds: 45", "terminationGracePeriod: 45");
    private static final Change STRIMZI_FIELD = new Change("strimzi-field", "production",
            "  topicName: coop.agreements.v1\n", "  topicName: coop.agreements.v1\n  partitionCount: 12\n");
    private static final Change STRIMZI_VALUE = new Change("strimzi-value", "production",
            "    type: scram-sha-512", "    type: scram-sha-256");
    private static final Change WRONG_TYPE = new Change("wrong-type", "minimal",
            "containerPort: 8080", "containerPort: http");
    private static final List<Change> CHANGES = List.of(CNPG_FIELD, CNPG_VALUE, MONITOR_FIELD, POD_MONITOR_FIELD,
            PATTERN_ANY_CASE, PATTERN_OTHER, KUBERNETES_FIELD, STRIMZI_FIELD, STRIMZI_VALUE, WRONG_TYPE);

    private final List<String> errors = new ArrayList<>();
    private Path dir;

    @BeforeAll
    void checkTheBuildsRenderingAndEveryChangeInOneRun(@TempDir Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        List<String> command = new ArrayList<>(List.of("node", Path.of("helm/tooling/validate-manifests.mjs").toString(),
                Helm.RENDERED.resolveSibling("tool").toString(), Helm.RENDERED.resolve("production.yaml").toString()));
        for (Change change : CHANGES) {
            String original = Files.readString(Helm.RENDERED.resolve(change.rendering() + ".yaml"));
            String changed = original.replace(change.line(), change.changedTo());
            assertThat(changed).as("the rendering has %s", change.line()).isNotEqualTo(original);
            command.add(Files.writeString(fileOf(change), changed).toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        output.lines().filter(line -> line.startsWith("error: ")).forEach(errors::add);
        assertThat(process.exitValue()).as("the check fails when any manifest is invalid: %s", output).isNotZero();
    }

    @Test
    void aFieldACloudNativePgKindDoesNotHaveFailsTheCheckAgainstTheVendoredCrd() {
        assertThat(errorsOf(CNPG_FIELD))
                .contains("Cluster coop-regional-cooperation-platform-db: /spec must NOT have additional properties (minSyncReplica)")
                .contains("cloudnative-pg-1.30.0/postgresql.cnpg.io_clusters.yaml");
    }

    @Test
    void aValueACloudNativePgKindDoesNotAllowFailsTheCheck() {
        assertThat(errorsOf(CNPG_VALUE)).contains("ScheduledBackup coop-regional-cooperation-platform-db: /spec/method must be equal to one of the allowed values")
                .contains("cloudnative-pg-1.30.0/postgresql.cnpg.io_scheduledbackups.yaml");
    }

    @Test
    void aFieldAPrometheusOperatorKindDoesNotHaveFailsTheCheckAgainstTheVendoredCrd() {
        assertThat(errorsOf(MONITOR_FIELD))
                .contains("ServiceMonitor coop-regional-cooperation-platform: /spec/endpoints/0 must NOT have additional properties (scrapeInterval)")
                .contains("prometheus-operator-0.93.0/monitoring.coreos.com_servicemonitors.yaml");
        assertThat(errorsOf(POD_MONITOR_FIELD))
                .contains("PodMonitor coop-regional-cooperation-platform-db: /spec/podMetricsEndpoints/0 must NOT have additional properties (honorLabel)")
                .contains("prometheus-operator-0.93.0/monitoring.coreos.com_podmonitors.yaml");
    }

    @Test
    void aPatternOfTheCrdIsMatchedAsTheApiServerMatchesIt() {
        assertThat(errorsOf(PATTERN_ANY_CASE)).isEmpty();
        assertThat(errorsOf(PATTERN_OTHER)).contains("PrometheusRule coop-regional-cooperation-platform: /spec/groups/0/partial_response_strategy must match pattern")
                .contains("prometheus-operator-0.93.0/monitoring.coreos.com_prometheusrules.yaml");
    }

    @Test
    void aFieldAKubernetesKindDoesNotHaveFailsTheCheck() {
        assertThat(errorsOf(KUBERNETES_FIELD)).contains("Deployment coop-regional-cooperation-platform")
                .contains("'\"terminationGracePeriod\"' does not exist in type 'IPodSpec'");
    }

    @Test
    void aFieldAStrimziKindDoesNotHaveFailsTheCheckAgainstTheVendoredCrd() {
        assertThat(errorsOf(STRIMZI_FIELD)).contains("KafkaTopic coop.agreements.v1: /spec must NOT have additional properties (partitionCount)")
                .contains("strimzi-0.49.0/043-Crd-kafkatopic.yaml");
    }

    @Test
    void aValueAStrimziKindDoesNotAllowFailsTheCheck() {
        assertThat(errorsOf(STRIMZI_VALUE)).contains("KafkaUser").contains("/spec/authentication");
    }

    @Test
    void aValueOfTheWrongTypeFailsTheCheck() {
        assertThat(errorsOf(WRONG_TYPE)).contains("Deployment coop-regional-cooperation-platform").contains("containerPort");
    }

    @Test
    void theRenderingsOfTheBuildPass() {
        assertThat(errorsOf(Helm.RENDERED.resolve("production.yaml"))).isEmpty();
    }

    private String errorsOf(Change change) {
        return errorsOf(fileOf(change));
    }

    /** The check's errors name the file before the manifest, so each change's errors are told apart. */
    private String errorsOf(Path file) {
        String prefix = "error: " + file + ": ";
        return String.join("\n", errors.stream().filter(line -> line.startsWith(prefix)).toList());
    }

    private Path fileOf(Change change) {
        return dir.resolve(change.name() + ".yaml");
    }

    /** The build's rendering with values-{rendering}.yaml, one line of it changed. */
    private record Change(String name, String rendering, String line, String changedTo) {
    }
}
