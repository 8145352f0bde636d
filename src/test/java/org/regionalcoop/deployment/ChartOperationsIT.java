package org.regionalcoop.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator meets around the platform: the image, the operators' resources, `helm test` and NOTES. */
class ChartOperationsIT {

    private static final Path PRODUCTION_VALUES = Helm.CHART.resolve("values-production.yaml");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"default", "minimal", "production"})
    void theImageTagIsTheVersionTheBuildMadeTheJarAndTheImageWith(String values) throws IOException {
        String version = System.getProperty("platform.version");
        assertThat(Helm.YAML.readTree(Helm.CHART.resolve("Chart.yaml").toFile()).path("appVersion").asText())
                .isEqualTo(version);
        assertThat(Helm.single(Helm.rendered(values), "Deployment").at("/spec/template/spec/containers/0/image").asText())
                .endsWith(":" + version);
    }

    @Test
    void productionPostgreSqlIsTheMinorReleaseTheTestsRun() {
        String[] tested = System.getProperty("postgres.version").split("\\.");
        JsonNode cluster = Helm.single(Helm.rendered("production"), "Cluster");
        assertThat(cluster.at("/spec/imageName").asText()).endsWith(":" + tested[0] + "." + tested[1]);
    }

    @Test
    void productionArchivesToAnObjectStoreBacksUpOnScheduleAndIsScraped() {
        List<JsonNode> documents = Helm.rendered("production");
        JsonNode cluster = Helm.single(documents, "Cluster");
        String name = cluster.at("/metadata/name").asText();
        JsonNode store = cluster.at("/spec/backup/barmanObjectStore");
        assertThat(store.path("destinationPath").asText()).startsWith("s3://");
        assertThat(store.at("/s3Credentials/accessKeyId/name").asText()).isEqualTo("coop-backup");
        assertThat(store.at("/s3Credentials/secretAccessKey/name").asText()).isEqualTo("coop-backup");
        assertThat(cluster.at("/spec/backup/retentionPolicy").asText()).isEqualTo("30d");

        JsonNode scheduled = Helm.single(documents, "ScheduledBackup");
        assertThat(scheduled.at("/spec/cluster/name").asText()).isEqualTo(name);
        assertThat(scheduled.at("/spec/method").asText()).isEqualTo("barmanObjectStore");
        assertThat(scheduled.at("/spec/schedule").asText().split(" ")).as("six cron fields, seconds first").hasSize(6);

        JsonNode podMonitor = Helm.single(documents, "PodMonitor");
        assertThat(podMonitor.at("/spec/selector/matchLabels/cnpg.io~1cluster").asText()).isEqualTo(name);
        assertThat(podMonitor.at("/spec/podMetricsEndpoints/0/port").asText()).isEqualTo("metrics");
    }

    @Test
    void prometheusScrapesWithTheMetricsUserNotAnAdministrator() {
        List<JsonNode> documents = Helm.rendered("production");
        JsonNode monitor = Helm.single(documents, "ServiceMonitor").at("/spec/endpoints/0/basicAuth");
        assertThat(monitor.at("/username/name").asText()).isEqualTo("coop-metrics");
        assertThat(monitor.at("/password/name").asText()).isEqualTo("coop-metrics");
        List<String> fromMetricsSecret = new ArrayList<>();
        for (JsonNode env : Helm.single(documents, "Deployment").at("/spec/template/spec/containers/0/env")) {
            if ("coop-metrics".equals(env.at("/valueFrom/secretKeyRef/name").asText())) {
                fromMetricsSecret.add(env.path("name").asText());
            }
        }
        assertThat(fromMetricsSecret).containsExactly("PLATFORM_SECURITY_METRICS_USER_ID", "PLATFORM_SECURITY_METRICS_USER_PASSWORD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "minimal", "production"})
    void helmTestAsksReadinessForTheDatabaseAndTheBrokerThroughTheService(String values) {
        List<JsonNode> documents = Helm.rendered(values);
        JsonNode pod = Helm.single(documents, "Pod");
        assertThat(pod.at("/metadata/annotations/helm.sh~1hook").asText()).isEqualTo("test");
        JsonNode container = pod.at("/spec/containers/0");
        String service = Helm.single(documents, "Service").at("/metadata/name").asText();
        assertThat(container.at("/env/0/value").asText()).startsWith("http://" + service + ":")
                .endsWith("/actuator/health/readiness");
        assertThat(container.at("/args/0").asText()).contains("for part in readinessState db kafka");
        assertThat(pod.at("/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
        // Not selected by the platform's NetworkPolicy, but let in by it.
        JsonNode podLabels = pod.at("/metadata/labels");
        JsonNode platformSelector = Helm.single(documents, "Deployment").at("/spec/selector/matchLabels");
        assertThat(podLabels.path("app.kubernetes.io/name")).isNotEqualTo(platformSelector.path("app.kubernetes.io/name"));
        for (JsonNode policy : Helm.ofKind(documents, "NetworkPolicy")) {
            JsonNode from = policy.at("/spec/ingress/0/from");
            if (!from.isMissingNode()) {
                assertThat(from.findValues("podSelector")).anySatisfy(selector -> assertThat(selector.path("matchLabels")
                        .path("app.kubernetes.io/name")).isEqualTo(podLabels.path("app.kubernetes.io/name")));
            }
        }
    }

    @Test
    void theExampleKafkaClusterHasTheListenerAndAuthorizationTheChartExpects() throws IOException {
        List<JsonNode> example = Helm.documents(Files.readString(Path.of("helm/examples/strimzi-kafka.yaml")));
        JsonNode values = Helm.YAML.readTree(PRODUCTION_VALUES.toFile());
        JsonNode kafka = Helm.single(example, "Kafka");
        assertThat(kafka.at("/metadata/name").asText()).isEqualTo(values.at("/strimzi/clusterName").asText());
        JsonNode listener = null;
        for (JsonNode candidate : kafka.at("/spec/kafka/listeners")) {
            if (candidate.path("port").asInt() == values.at("/strimzi/bootstrapPort").asInt()) {
                listener = candidate;
            }
        }
        assertThat(listener).as("a listener on strimzi.bootstrapPort").isNotNull();
        assertThat(listener.path("tls").asBoolean()).isTrue();
        assertThat(values.at("/kafka/securityProtocol").asText()).isEqualTo("SASL_SSL");
        assertThat(listener.at("/authentication/type").asText()).isEqualTo(
                Helm.single(Helm.rendered("production"), "KafkaUser").at("/spec/authentication/type").asText());
        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        assertThat(kafka.at("/spec/entityOperator/userOperator").isObject()).isTrue();
        assertThat(Helm.ofKind(example, "KafkaNodePool")).allSatisfy(pool -> assertThat(
                pool.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo(kafka.at("/metadata/name").asText()));
    }

    @Test
    void withoutTheOperatorsTheirResourcesAreLeftOutAndTheNotesSaySo() throws IOException, InterruptedException {
        Helm.Result bare = Helm.run(dir, "template", "coop", Helm.CHART.toString(), "-f", PRODUCTION_VALUES.toString());
        assertThat(bare.exitCode()).as(bare.output()).isZero();
        List<JsonNode> documents = Helm.documents(bare.output());
        for (String kind : List.of("KafkaTopic", "KafkaUser", "Cluster", "ScheduledBackup", "ServiceMonitor", "PodMonitor")) {
            assertThat(Helm.ofKind(documents, kind)).as(kind).isEmpty();
        }
        assertThat(Helm.ofKind(documents, "Deployment")).hasSize(1);

        Helm.Result notes = Helm.run(dir, "install", "coop", Helm.CHART.toString(), "-f", PRODUCTION_VALUES.toString(),
                "--dry-run=client");
        assertThat(notes.exitCode()).as(notes.output()).isZero();
        assertThat(notes.output()).contains("strimzi.enabled is true, but this cluster does not serve kafka.strimzi.io/v1beta2/KafkaTopic")
                .contains("cloudnativepg.enabled is true, but this cluster does not serve postgresql.cnpg.io/v1/Cluster")
                .contains("serviceMonitor.enabled is true, but this cluster does not serve monitoring.coreos.com/v1/ServiceMonitor");
    }

    @Test
    void theNotesSayWhatWasInstalledHowToReachItAndWhatToCheckFirst() throws IOException, InterruptedException {
        Helm.Result install = Helm.run(dir, "install", "coop", Helm.CHART.toString(), "-f",
                Helm.CHART.resolve("values-minimal.yaml").toString(), "--dry-run=client");
        assertThat(install.exitCode()).as(install.output()).isZero();
        String notes = install.output().substring(install.output().indexOf("NOTES:"));
        assertThat(notes).contains("Deployment coop-regional-cooperation-platform: 1 instance(s)")
                .contains("port-forward service/coop-regional-cooperation-platform 8080:80")
                .contains("The Secrets the chart only names exist: coop-admin, coop-database")
                .contains("kubectl --namespace default rollout status deployment/coop-regional-cooperation-platform")
                .contains("helm test coop")
                .contains("Tracing: no span exported (tracing.otlpEndpoint is empty)")
                .doesNotContain("WARNING");
    }

    @Test
    void aTraceCollectorIsConfiguredReachableAndNamedInTheNotes() throws IOException, InterruptedException {
        String[] tracing = {"--set", "tracing.otlpEndpoint=http://otel-collector.observability:4318/v1/traces",
                "--set", "tracing.samplingProbability=0.25"};
        Helm.Result rendered = Helm.run(dir, concat(new String[]{"template", "coop", Helm.CHART.toString()}, tracing));
        assertThat(rendered.exitCode()).as(rendered.output()).isZero();
        List<JsonNode> documents = Helm.documents(rendered.output());
        JsonNode settings = Helm.ofKind(documents, "ConfigMap").stream()
                .filter(map -> map.at("/metadata/name").asText().equals("coop-regional-cooperation-platform"))
                .findFirst().orElseThrow().path("data");
        assertThat(settings.path("MANAGEMENT_OTLP_TRACING_ENDPOINT").asText())
                .isEqualTo("http://otel-collector.observability:4318/v1/traces");
        assertThat(settings.path("MANAGEMENT_TRACING_SAMPLING_PROBABILITY").asText()).isEqualTo("0.25");
        assertThat(Helm.single(documents, "NetworkPolicy").at("/spec/egress/1/ports").findValuesAsText("port"))
                .as("egress ports").contains("4318");

        Helm.Result install = Helm.run(dir, concat(new String[]{"install", "coop", Helm.CHART.toString(), "--dry-run=client"}, tracing));
        assertThat(install.exitCode()).as(install.output()).isZero();
        assertThat(install.output().substring(install.output().indexOf("NOTES:")))
                .contains("Tracing: spans exported over OTLP to http://otel-collector.observability:4318/v1/traces, 25 % of the traces begun here");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
