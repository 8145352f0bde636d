package org.regionalcoop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.logging.LogEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The requests a browser made, read from chromedriver's performance log (the DevTools Network events): each with
 * its start, method, status, how long it took, or that it failed or never ended. A page that never finished loading
 * is explained by the request it still waits for, or by the answer it got instead of the one it expected (a login
 * page for a script, a 401 for an API call).
 */
final class BrowserTraffic {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Request> requests = new LinkedHashMap<>();
    private final List<Request> redirected = new ArrayList<>();

    private BrowserTraffic() {
    }

    static BrowserTraffic of(List<LogEntry> performanceLog) {
        BrowserTraffic traffic = new BrowserTraffic();
        for (LogEntry entry : performanceLog) {
            traffic.read(entry.getMessage());
        }
        return traffic;
    }

    private void read(String entry) {
        JsonNode message;
        try {
            message = JSON.readTree(entry).path("message");
        } catch (java.io.IOException unreadable) {
            return;
        }
        JsonNode params = message.path("params");
        String id = params.path("requestId").asText();
        double at = params.path("timestamp").asDouble();
        switch (message.path("method").asText()) {
            case "Network.requestWillBeSent" -> {
                Request earlier = requests.get(id);
                if (earlier != null && params.has("redirectResponse")) {
                    earlier.answered(params.path("redirectResponse"), at);
                    earlier.location = params.path("redirectResponse").path("headers").path("Location").asText(
                            params.path("redirectResponse").path("headers").path("location").asText(""));
                    earlier.ended = at;
                    redirected.add(earlier);
                }
                requests.put(id, new Request(params.path("request").path("method").asText(),
                        params.path("request").path("url").asText(), params.path("type").asText(""), at));
            }
            case "Network.responseReceived" -> {
                Request request = requests.get(id);
                if (request != null) {
                    request.answered(params.path("response"), at);
                }
            }
            case "Network.loadingFinished" -> {
                Request request = requests.get(id);
                if (request != null) {
                    request.ended = at;
                    request.bytes = params.path("encodedDataLength").asLong();
                }
            }
            case "Network.loadingFailed" -> {
                Request request = requests.get(id);
                if (request != null) {
                    request.ended = at;
                    request.failure = params.path("errorText").asText()
                            + (params.path("canceled").asBoolean() ? " (canceled)" : "")
                            + (params.has("blockedReason") ? " (blocked: " + params.path("blockedReason").asText() + ")" : "");
                }
            }
            default -> {
            }
        }
    }

    /** One line a request, in the order they were made, times in seconds from the first. */
    String describe() {
        List<Request> all = new ArrayList<>(redirected);
        all.addAll(requests.values());
        all.sort((one, other) -> Double.compare(one.started, other.started));
        double first = all.isEmpty() ? 0 : all.get(0).started;
        StringBuilder lines = new StringBuilder();
        for (Request request : all) {
            lines.append(request.describe(first)).append('\n');
        }
        long pending = all.stream().filter(request -> request.ended == 0).count();
        lines.append(all.size()).append(" requests, ").append(pending).append(" never ended\n");
        return lines.toString();
    }

    private static final class Request {
        final String method;
        final String url;
        final String type;
        final double started;
        int status;
        String mimeType = "";
        String location = "";
        double answered;
        double ended;
        long bytes;
        String failure;

        Request(String method, String url, String type, double started) {
            this.method = method;
            this.url = url;
            this.type = type;
            this.started = started;
        }

        void answered(JsonNode response, double at) {
            status = response.path("status").asInt();
            mimeType = response.path("mimeType").asText("");
            answered = at;
        }

        String describe(double first) {
            String outcome;
            if (failure != null) {
                outcome = "FAILED " + failure;
            } else if (ended == 0) {
                outcome = answered == 0 ? "PENDING, no answer" : "PENDING, " + status + " answered after "
                        + seconds(answered - started) + " s, body never ended";
            } else {
                outcome = status + " " + mimeType + (location.isEmpty() ? "" : " -> " + location) + ", "
                        + seconds(ended - started) + " s, " + bytes + " B";
            }
            return String.format(Locale.ROOT, "+%8.3f s %-7s %-10s %s  %s", started - first, method, type, url, outcome);
        }

        private static String seconds(double seconds) {
            return String.format(Locale.ROOT, "%.3f", seconds);
        }
    }
}
