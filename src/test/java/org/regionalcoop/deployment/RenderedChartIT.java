package org.regionalcoop.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifests the build rendered from the chart with the default, minimal and production values. */
class RenderedChartIT {

    private static final Path TOPICS = Path.of("kafka/topics.yaml");
    private static final Pattern CREDENTIAL_NAME = Pattern.compile("PASSWORD|SECRET|TOKEN|JAAS|CREDENTIAL|USERNAME|USER_ID");

    @ParameterizedTest
    @ValueSource(strings = {"default", "minimal", "production"})
    void probesAskTheActuatorOnTheHttpPort(String values) {
        JsonNode container = container(Helm.rendered(values));
        assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/readiness");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/actuator/health/liveness");
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat(container.path(probe).at("/httpGet/port").asText()).as(probe).isEqualTo("http");
        }
        // The platform needs 15-30 s to start; the startup probe must allow several times that.
        JsonNode startup = container.path("startupProbe");
        assertThat(startup.path("periodSeconds").asInt() * startup.path("failureThreshold").asInt()).isGreaterThanOrEqualTo(120);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "minimal", "production"})
    void waitsForTheLoadBalancerBeforeShuttingDownWithinTheGracePeriod(String values) {
        JsonNode pod = Helm.single(Helm.rendered(values), "Deployment").at("/spec/template/spec");
        JsonNode preStop = container(Helm.rendered(values)).at("/lifecycle/preStop/exec/command");
        assertThat(preStop.get(0).asText()).isEqualTo("sleep");
        int delay = Integer.parseInt(preStop.get(1).asText());
        // The platform's own graceful shutdown takes up to 20 s after the delay.
        assertThat(delay).isPositive();
        assertThat(delay + 20).isLessThan(pod.path("terminationGracePeriodSeconds").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "minimal", "production"})
    void runsAsNonRootOnAReadOnlyFilesystemWithoutCapabilities(String values) {
        JsonNode pod = Helm.single(Helm.rendered(values), "Deployment").at("/spec/template/spec");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isPositive();
        assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        JsonNode container = container(Helm.rendered(values));
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(texts(container.at("/securityContext/capabilities/drop"))).containsExactly("ALL");
        assertThat(container.at("/securityContext/capabilities/add").isMissingNode()).isTrue();
        // Tomcat and the JVM still need a writable /tmp.
        String tmpVolume = null;
        for (JsonNode mount : container.path("volumeMounts")) {
            if ("/tmp".equals(mount.path("mountPath").asText())) {
                tmpVolume = mount.path("name").asText();
            }
        }
        assertThat(tmpVolume).as("a volume mounted at /tmp").isNotNull();
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.path("name").asText().equals(tmpVolume)) {
                assertThat(volume.has("emptyDir")).as("/tmp is an emptyDir").isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "minimal", "production"})
    void credentialsAreOnlyReferencedFromSecrets(String values) {
        List<JsonNode> documents = Helm.rendered(values);
        assertThat(Helm.ofKind(documents, "Secret")).as("the chart creates no Secret").isEmpty();
        JsonNode container = container(documents);
        Set<String> fromSecrets = new HashSet<>();
        for (JsonNode env : container.path("env")) {
            String name = env.path("name").asText();
            if (CREDENTIAL_NAME.matcher(name).find()) {
                assertThat(env.has("value")).as("%s has a literal value", name).isFalse();
                assertThat(env.at("/valueFrom/secretKeyRef/name").asText()).as("%s from a Secret", name).isNotEmpty();
                fromSecrets.add(name);
            }
        }
        assertThat(fromSecrets).contains("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                "CAMUNDA_BPM_ADMIN_USER_ID", "CAMUNDA_BPM_ADMIN_USER_PASSWORD");
        settings(documents).fieldNames().forEachRemaining(name ->
                assertThat(CREDENTIAL_NAME.matcher(name).find()).as("credential %s in the ConfigMap", name).isFalse());
    }

    @Test
    void everyPlatformSettingOfTheConfigMapIsOneTheConfigurationReferenceDocuments() throws IOException {
        Set<String> documented = documentedVariables(Files.readString(Path.of("docs/configuration.md")));
        JsonNode settings = settings(Helm.rendered("default"));
        List<String> platformSettings = new ArrayList<>();
        settings.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("PLATFORM_") || name.startsWith("SPRING_DATASOURCE") || name.startsWith("LOGGING_")) {
                platformSettings.add(name);
            }
        });
        assertThat(platformSettings).hasSizeGreaterThan(20);
        for (String name : platformSettings) {
            assertThat(documented).as("docs/configuration.md documents %s", name).contains(name);
        }
        assertThat(settings.path("LOGGING_STRUCTURED_FORMAT_CONSOLE").asText()).isEqualTo("ecs");
    }

    @Test
    void strimziTopicsAreTheTopicsOfTheContract() throws IOException {
        assertThat(Helm.CHART.resolve("files/topics.yaml")).as("the chart's copy of kafka/topics.yaml")
                .hasSameTextualContentAs(TOPICS);
        Map<String, JsonNode> contract = contractTopics();
        Map<String, JsonNode> rendered = new HashMap<>();
        for (JsonNode topic : Helm.ofKind(Helm.rendered("production"), "KafkaTopic")) {
            rendered.put(topic.at("/spec/topicName").asText(), topic);
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("coop-kafka");
        }
        assertThat(rendered.keySet()).isEqualTo(contract.keySet());
        contract.forEach((name, expected) -> {
            JsonNode spec = rendered.get(name).path("spec");
            String retention = expected.path("retention").asText();
            long retentionMs = "unlimited".equals(retention) ? -1 : Duration.parse(retention).toMillis();
            assertThat(spec.path("partitions").asInt()).as("partitions of %s", name).isEqualTo(expected.path("partitions").asInt());
            assertThat(spec.at("/config/retention.ms").asLong()).as("retention.ms of %s", name).isEqualTo(retentionMs);
            assertThat(spec.at("/config/cleanup.policy").asText()).as("cleanup.policy of %s", name)
                    .isEqualTo(expected.path("cleanup").asText());
        });
        assertThat(Helm.ofKind(Helm.rendered("default"), "KafkaTopic")).as("Strimzi is off by default").isEmpty();
    }

    @Test
    void theKafkaUserMayWriteOutboundReadInboundAndUseOnlyThePlatformsGroup() throws IOException {
        Map<String, JsonNode> contract = contractTopics();
        JsonNode user = Helm.single(Helm.rendered("production"), "KafkaUser");
        Map<String, Set<String>> topicOperations = new HashMap<>();
        Set<String> groups = new HashSet<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            assertThat(acl.at("/resource/patternType").asText()).as("no prefix or wildcard ACLs").isEqualTo("literal");
            Set<String> operations = new HashSet<>(texts(acl.path("operations")));
            assertThat(operations).doesNotContain("All", "Create", "Delete", "Alter", "AlterConfigs");
            switch (acl.at("/resource/type").asText()) {
                case "topic" -> topicOperations.put(acl.at("/resource/name").asText(), operations);
                case "group" -> groups.add(acl.at("/resource/name").asText());
                default -> throw new AssertionError("unexpected ACL " + acl);
            }
        }
        assertThat(topicOperations.keySet()).isEqualTo(contract.keySet());
        contract.forEach((name, topic) -> {
            boolean inbound = "inbound".equals(topic.path("direction").asText());
            assertThat(topicOperations.get(name)).as("operations on %s", name)
                    .contains(inbound ? "Read" : "Write").doesNotContain(inbound ? "Write" : "Read");
        });
        assertThat(groups).containsExactly("regional-cooperation-platform");
        // The platform authenticates with the credentials Strimzi writes to the KafkaUser's Secret.
        JsonNode jaas = env(container(Helm.rendered("production")), "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
        assertThat(jaas.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(user.at("/metadata/name").asText());
        assertThat(jaas.at("/valueFrom/secretKeyRef/key").asText()).isEqualTo("sasl.jaas.config");
    }

    @Test
    void productionRunsOnACloudNativePgClusterWithSynchronousReplication() {
        List<JsonNode> documents = Helm.rendered("production");
        JsonNode cluster = Helm.single(documents, "Cluster");
        String name = cluster.at("/metadata/name").asText();
        assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(cluster.at("/spec/minSyncReplicas").asInt()).isEqualTo(1);
        assertThat(cluster.at("/spec/maxSyncReplicas").asInt()).isEqualTo(1);
        JsonNode settings = settings(documents);
        assertThat(settings.path("SPRING_DATASOURCE_URL").asText()).startsWith("jdbc:postgresql://" + name + "-rw:5432/");
        JsonNode container = container(documents);
        assertThat(env(container, "SPRING_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(name + "-app");
        assertThat(settings.path("SPRING_KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
    }

    @Test
    void productionScalesWithAnAutoscalerAndABudgetWhileMinimalRunsOneInstance() {
        List<JsonNode> production = Helm.rendered("production");
        JsonNode autoscaler = Helm.single(production, "HorizontalPodAutoscaler");
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isEqualTo(3);
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText())
                .isEqualTo(Helm.single(production, "Deployment").at("/metadata/name").asText());
        // The autoscaler owns the replica count; a fixed one would fight it on every upgrade.
        assertThat(Helm.single(production, "Deployment").at("/spec/replicas").isMissingNode()).isTrue();
        assertThat(Helm.single(production, "PodDisruptionBudget").at("/spec/maxUnavailable").asInt()).isEqualTo(1);
        JsonNode monitor = Helm.single(production, "ServiceMonitor").at("/spec/endpoints/0");
        assertThat(monitor.path("path").asText()).isEqualTo("/actuator/prometheus");
        assertThat(monitor.at("/basicAuth/password/name").asText()).isNotEmpty();

        List<JsonNode> minimal = Helm.rendered("minimal");
        assertThat(Helm.single(minimal, "Deployment").at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(Helm.ofKind(minimal, "HorizontalPodAutoscaler")).isEmpty();
        assertThat(Helm.ofKind(minimal, "PodDisruptionBudget")).isEmpty();
    }

    /**
     * The environment variables the configuration reference names: `A_B_C` alone, and in pairs like `A_B_C` / `_D`,
     * where the second stands for A_D or A_B_D.
     */
    private static Set<String> documentedVariables(String readme) {
        Set<String> names = new HashSet<>();
        Matcher pairs = Pattern.compile("`([A-Z][A-Z0-9_]+)`(?:\\s*/\\s*`(_[A-Z0-9_]+)`)?").matcher(readme);
        while (pairs.find()) {
            String name = pairs.group(1);
            names.add(name);
            if (pairs.group(2) != null) {
                for (int end = name.indexOf('_'); end > 0; end = name.indexOf('_', end + 1)) {
                    names.add(name.substring(0, end) + pairs.group(2));
                }
            }
        }
        return names;
    }

    @Test
    void theDashboardShowsOnlyMetricsThePlatformDocuments() throws IOException {
        Set<String> documented = new HashSet<>();
        Matcher names = Pattern.compile("platform_[a-z_]+")
                .matcher(Files.readString(Path.of("docs/operations.md")));
        while (names.find()) {
            documented.add(names.group());
        }
        List<JsonNode> dashboards = Helm.ofKind(Helm.rendered("production"), "ConfigMap").stream()
                .filter(map -> "1".equals(map.at("/metadata/labels/grafana_dashboard").asText())).toList();
        assertThat(dashboards).hasSize(1);
        JsonNode dashboard = Helm.YAML.readTree(dashboards.get(0).at("/data/regional-cooperation-platform.json").asText());
        Set<String> shown = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher used = Pattern.compile("platform_[a-z_]+").matcher(target.path("expr").asText());
                while (used.find()) {
                    shown.add(used.group());
                }
            }
        }
        assertThat(shown).contains("platform_outbox_backlog", "platform_outbox_oldest_age_seconds");
        assertThat(documented).containsAll(shown);
    }

    /** The application settings: the ConfigMap the container takes its environment from. */
    private static JsonNode settings(List<JsonNode> documents) {
        String name = container(documents).at("/envFrom/0/configMapRef/name").asText();
        return Helm.ofKind(documents, "ConfigMap").stream()
                .filter(map -> name.equals(map.at("/metadata/name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + name)).path("data");
    }

    private static Map<String, JsonNode> contractTopics() throws IOException {
        Map<String, JsonNode> topics = new HashMap<>();
        for (JsonNode topic : Helm.YAML.readTree(TOPICS.toFile()).path("topics")) {
            topics.put(topic.path("name").asText(), topic);
        }
        assertThat(topics).isNotEmpty();
        return topics;
    }

    private static JsonNode container(List<JsonNode> documents) {
        JsonNode containers = Helm.single(documents, "Deployment").at("/spec/template/spec/containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static JsonNode env(JsonNode container, String name) {
        for (JsonNode env : container.path("env")) {
            if (name.equals(env.path("name").asText())) {
                return env;
            }
        }
        throw new AssertionError("no environment variable " + name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
