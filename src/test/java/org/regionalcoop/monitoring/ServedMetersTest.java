package org.regionalcoop.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
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

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void everyDashboardQueryNamesAServedMeter() throws IOException {
        Map<String, String> queries = new TreeMap<>();
        for (JsonNode panel : YAML.readTree(CHART_FILES.resolve("grafana-dashboard.json").toFile()).path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.put(panel.path("title").asText() + " " + target.path("refId").asText(), target.path("expr").asText());
            }
        }
        assertThat(queries).hasSizeGreaterThan(10);
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
    void theNameReaderFindsMetricsButNotFunctionsLabelsOrRanges() {
        assertThat(meters("sum by (namespace, reason) (increase(platform_inbound_dead_letters_total{application=\"x\", "
                + "reason=~\"a|b\"}[15m])) > 0 and on(namespace) up_like_metric offset 5m"))
                .containsExactlyInAnyOrder("platform_inbound_dead_letters_total", "up_like_metric");
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

    private List<String> scrape() {
        return admin().getForObject("/actuator/prometheus", String.class).lines().toList();
    }

    private TestRestTemplate admin() {
        return anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD);
    }
}
