package org.regionalcoop.benchmark;

import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * W6: the workbench's landing page, "My work", as a browser asks for it: W4's member of staff in 4 groups signs in
 * through the login form (CSRF token and session cookie) and then GETs {@code /} in Chinese one request after the
 * other at W4's 100,000 open tasks ({@link OpenTasks}), timed from sending the request to the last byte of the
 * page: security, the task query with its counts per filter and step, and rendering the template.
 */
final class MyWorkPageLoad {

    static final int OPEN = 100_000;
    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Set<String> GROUPS = OpenTasks.groups(1);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final String ROW = "class=\"task-row\"";

    private final OpenTasks openTasks;
    private final IdentityService identities;
    private final URI base;
    private final String password = UUID.randomUUID().toString();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    MyWorkPageLoad(JdbcTemplate jdbc, ConfigurableApplicationContext context) {
        this.openTasks = new OpenTasks(jdbc);
        this.identities = context.getBean(IdentityService.class);
        this.base = URI.create("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    void run(Settings settings, Report report, Progress progress) {
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> calls = new ArrayList<>();
        String found = "";
        List<String> createdGroups = new ArrayList<>();
        try {
            createdGroups.addAll(staff());
            openTasks.resize(OPEN);
            signIn();
            found = firstPage();
            progress.say("W6: warm-up at %,d open tasks (%s on the first page)", OPEN, found);
            measure(settings.taskListCalls() / 2);
            for (int round = 1; round <= settings.rounds(); round++) {
                Histogram latencies = measure(settings.taskListCalls());
                p50.add(latencies.getValueAtPercentile(50) / 1000.0);
                p99.add(latencies.getValueAtPercentile(99) / 1000.0);
                calls.add((double) latencies.getTotalCount());
                progress.say("W6 round %d/%d at %,d open tasks: 4 groups p50 %.1f ms p99 %.1f ms (%d pages)", round,
                        settings.rounds(), OPEN, latencies.getValueAtPercentile(50) / 1000.0,
                        latencies.getValueAtPercentile(99) / 1000.0, latencies.getTotalCount());
            }
        } finally {
            openTasks.clear();
            identities.deleteUser(OpenTasks.USER);
            createdGroups.forEach(identities::deleteGroup);
        }
        String key = "4 groups at " + String.format("%,d", OPEN) + " open (" + found + ")";
        report.figure("W6", "My work first page p50, " + key, "ms", p50);
        report.figure("W6", "My work first page p99, " + key, "ms", p99);
        report.figure("W6", "pages measured, 4 groups", "pages", calls);
        report.verdict("W6 My work p99 ≤ 200 ms for 4 groups at 100,000 open tasks", Stats.median(p99), "ms", true, 200);
        report.note("W6 signs in over HTTP and asks for one My work page at a time in Chinese with the platform idle;"
                + " a page is 20 tasks, timed to its last byte on the same machine");
    }

    /** W4's user as an engine identity with a password, in the 4 groups; returns the groups it had to create. */
    private List<String> staff() {
        List<String> created = new ArrayList<>();
        for (String groupId : GROUPS) {
            if (identities.createGroupQuery().groupId(groupId).count() == 0) {
                Group group = identities.newGroup(groupId);
                group.setName("Benchmark " + groupId);
                identities.saveGroup(group);
                created.add(groupId);
            }
        }
        User user = identities.newUser(OpenTasks.USER);
        user.setFirstName("Benchmark");
        user.setLastName("staff");
        user.setPassword(password);
        identities.saveUser(user);
        GROUPS.forEach(groupId -> identities.createMembership(OpenTasks.USER, groupId));
        return created;
    }

    /** The login form as a browser sends it: the session the login page gave, its CSRF token, name and password. */
    private void signIn() {
        HttpResponse<String> form = send(HttpRequest.newBuilder(base.resolve("/login")).GET());
        Matcher token = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("The login page answered " + form.statusCode() + " without a CSRF token");
        }
        String fields = Map.of("username", OpenTasks.USER, "password", password,
                        "_csrf", token.group(1) != null ? token.group(1) : token.group(2)).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> login = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(fields)));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Signing in as " + OpenTasks.USER + " answered " + login.statusCode() + " " + location);
        }
    }

    /** The page's rows, checked once: a page without the user's tasks would be measured fast for nothing. */
    private String firstPage() {
        HttpResponse<String> page = send(myWork());
        int rows = page.body().split(Pattern.quote(ROW), -1).length - 1;
        if (page.statusCode() != 200 || rows == 0) {
            throw new IllegalStateException("My work answered " + page.statusCode() + " with " + rows + " tasks");
        }
        return rows + " rows";
    }

    /** Up to this many pages one after the other, for at most {@link #PATIENCE}; each must be the page itself. */
    private Histogram measure(int pages) {
        Histogram latencies = new Histogram(3);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int i = 0; i < pages && System.nanoTime() < deadline; i++) {
            long started = System.nanoTime();
            HttpResponse<String> page = send(myWork());
            latencies.recordValue((System.nanoTime() - started) / 1000);
            if (page.statusCode() != 200) {
                throw new IllegalStateException("My work answered " + page.statusCode() + " on page " + (i + 1));
            }
        }
        return latencies;
    }

    private HttpRequest.Builder myWork() {
        return HttpRequest.newBuilder(base.resolve("/")).header("Accept-Language", "zh-CN,zh;q=0.9").GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("The workbench at " + base + " could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the workbench", e);
        }
    }
}
