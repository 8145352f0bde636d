package org.regionalcoop.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every query of the Grafana dashboard and of the alert rules the chart ships names a meter this platform serves at
 * /actuator/prometheus, so a renamed meter cannot leave a panel empty or an alert silent.
 */
@PlatformTest
class ServedMetersTest {

    private static final Path CHART_FILES = Path.of("helm/regional-cooperation-platform/files");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "bool", "offset");
    /** An identifier not followed by "(": a metric name, once label matchers, ranges and grouping are gone. */
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()");
    private static final Pattern VARIABLE = Pattern.compile("label_values\\((.+),\\s*\\w+\\)|query_result\\((.+)\\)");

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    @Test
    void everyDashboardQueryNamesAServedMeter() throws IOException {
        JsonNode dashboard = YAML.readTree(CHART_FILES.resolve("grafana-dashboard.json").toFile());
        Map<String, String> queries = new TreeMap<>();
        panelQueries(dashboard.path("panels"), queries);
        assertThat(queries).hasSizeGreaterThan(10);
        // The dashboard's variables query the scrape too: a namespace list from a meter that is gone is empty.
        for (JsonNode variable : dashboard.at("/templating/list")) {
            if ("query".equals(variable.path("type").asText())) {
                JsonNode query = variable.path("query");
                queries.put("variable " + variable.path("name").asText(),
                        variableSeries(query.isObject() ? query.path("query").asText() : query.asText()));
            }
        }
        assertThat(queries).containsKey("variable namespace");
        assertServed(queries);
    }

    @Test
    void everyAlertQueryNamesAServedMeterAndEveryStatedServiceLevelHasAnAlert() throws IOException {
        Map<String, String> queries = new TreeMap<>();
        for (JsonNode group : YAML.readTree(CHART_FILES.resolve("alerts.yaml").toFile()).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                queries.put(rule.path("alert").asText(), rule.path("expr").asText());
            }
        }
        assertServed(queries);
        Set<String> alerted = new HashSet<>();
        queries.values().forEach(query -> alerted.addAll(meters(query)));
        assertThat(alerted).contains("platform_outbox_oldest_age_seconds", "platform_inbound_consumer_lag",
                "platform_incidents_open", "platform_inbound_dead_letters_total", "platform_escalations_open");
    }

    @Test
    void theIncidentGaugeCountsTheIncidentsAdministratorsSee() {
        List<?> incidents = admin().getForObject("/api/monitoring/incidents", List.class);
        assertThat(servedValue("platform_incidents_open")).isEqualTo(incidents.size());
    }

    @Test
    void theEnginesWorkTheKafkaClientsAndTheConnectionPoolAreServed() {
        double executions = servedSum("platform_engine_activity_instances_total", "");
        double jobs = servedSum("platform_engine_jobs_executed_total", "outcome=\"successful\"");

        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS");
        driver.fireTimer(agreement, "timer_round_reminder");

        assertThat(servedSum("platform_engine_activity_instances_total", "")).isGreaterThan(executions);
        assertThat(servedSum("platform_engine_jobs_executed_total", "outcome=\"successful\"")).isGreaterThan(jobs);
        assertThat(servedNames()).contains("platform_engine_jobs_acquired_total", "platform_engine_jobs_executed_total",
                "platform_engine_jobs_rejected_total", "platform_engine_jobs_acquisition_conflicts_total",
                "platform_engine_process_instances_total", "platform_engine_decisions_total", "platform_engine_jobs_due",
                "hikaricp_connections_active", "hikaricp_connections_pending",
                // The observations time what they trace: the proposal's outbox writes, the timer's job run.
                "platform_outbox_write_seconds_count", "platform_engine_job_seconds_count");
        // The proposal's events leave through the relay's producer; the inbound consumer polls all along.
        await().atMost(PlatformTest.PATIENCE).until(() -> servedSum("kafka_producer_record_send_total", "spring_id=\"outboxRelay\"") > 0
                && servedSum("platform_outbox_relay_seconds_count", "") > 0);
        assertThat(servedSum("kafka_consumer_fetch_manager_fetch_total", "client_id=\"regional-cooperation-platform-0\""))
                .as("the inbound consumer's fetches").isPositive();
    }

    /**
     * The dead letters' and the replay's producers are served from the start, before anything is dead-lettered: a
     * dashboard's send and error rates of those producers have a series to read when the first dead letter comes.
     */
    @Test
    void theDeadLetterAndReplayProducersAreServedFromTheStart() {
        List<String> producers = scrape().stream().filter(line -> line.startsWith("kafka_producer_record_send_total{"))
                .toList();
        assertThat(producers).as("the producers' send counters").anySatisfy(line -> assertThat(line)
                        .contains("spring_id=\"deadLetters.").contains("-dead-letters"))
                .anySatisfy(line -> assertThat(line).contains("spring_id=\"deadLetterReplay.").contains("-replay"));
        assertThat(servedNames()).contains("kafka_producer_record_error_total", "kafka_producer_request_latency_avg");
    }

    @Test
    void theNameReaderFindsMetricsButNotFunctionsLabelsOrRanges() {
        assertThat(meters("sum by (namespace, reason) (increase(platform_inbound_dead_letters_total{application=\"x\", "
                + "reason=~\"a|b\"}[15m])) > 0 and on(namespace) up_like_metric offset 5m"))
                .containsExactlyInAnyOrder("platform_inbound_dead_letters_total", "up_like_metric");
        assertThat(meters(variableSeries("label_values(platform_outbox_backlog{application=\"x\"}, namespace)")))
                .containsExactly("platform_outbox_backlog");
        assertThat(meters(variableSeries("query_result(max by (pod) (jvm_memory_used_bytes))"))).containsExactly("jvm_memory_used_bytes");
    }

    /** Every query of the panels, a row's panels included, by panel title and refId. */
    private static void panelQueries(JsonNode panels, Map<String, String> queries) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                String query = panel.path("title").asText() + " " + target.path("refId").asText();
                assertThat(queries.put(query, target.path("expr").asText())).as("one query named %s", query).isNull();
            }
            panelQueries(panel.path("panels"), queries);
        }
    }

    /** The query a Grafana query variable takes its values from: label_values(series, label) or query_result(query). */
    static String variableSeries(String query) {
        Matcher call = VARIABLE.matcher(query.strip());
        assertThat(call.matches()).as("a variable query this test reads: %s", query).isTrue();
        return call.group(1) != null ? call.group(1) : call.group(2);
    }

    private void assertServed(Map<String, String> queries) {
        Set<String> served = servedNames();
        queries.forEach((query, expr) -> {
            Set<String> named = meters(expr);
            assertThat(named).as("meters of %s: %s", query, expr).isNotEmpty();
            assertThat(served).as("%s names meters the platform serves", query).containsAll(named);
        });
    }

    static Set<String> meters(String expr) {
        String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\boffset\\s+\\w+", " ");
        Set<String> names = new HashSet<>();
        Matcher name = NAME.matcher(bare);
        while (name.find()) {
            if (!PROMQL_WORDS.contains(name.group())) {
                names.add(name.group());
            }
        }
        return names;
    }

    private Set<String> servedNames() {
        Set<String> names = new HashSet<>();
        for (String line : scrape()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    private double servedValue(String name) {
        List<String> values = new ArrayList<>();
        for (String line : scrape()) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                values.add(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        assertThat(values).as("series of %s", name).hasSize(1);
        return Double.parseDouble(values.get(0));
    }

    /** The sum of the meter's series that have the label. */
    private double servedSum(String name, String label) {
        return scrape().stream().filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private List<String> scrape() {
        return admin().getForObject("/actuator/prometheus", String.class).lines().toList();
    }

    private TestRestTemplate admin() {
        return anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD);
    }
}
