package org.regionalcoop.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The platform's own counters of what became of inbound records, read as an administrator from its Prometheus page. */
final class PlatformCounters {

    static final String APPLIED = "platform_inbound_applied_total";
    static final String DUPLICATES = "platform_inbound_duplicates_total";
    static final String DEAD_LETTERS = "platform_inbound_dead_letters_total";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String page;

    private PlatformCounters(String page) {
        this.page = page;
    }

    static PlatformCounters read(String baseUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/actuator/prometheus answered " + response.statusCode());
        }
        return new PlatformCounters(response.body());
    }

    /** The counter summed over its tags (types or reasons). */
    long total(String counter) {
        return Math.round(page.lines()
                .filter(line -> line.startsWith(counter + "{") || line.startsWith(counter + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum());
    }
}
