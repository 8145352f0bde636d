package org.regionalcoop.benchmark;

import org.HdrHistogram.Histogram;
import org.regionalcoop.agreements.AgreementResults;
import org.regionalcoop.agreements.AgreementSearch;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.ManyAgreements;
import org.regionalcoop.approval.Approvals;
import org.regionalcoop.security.Caller;
import org.regionalcoop.tasks.AgreementWork;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * W5: the agreement board's first page at 100,000 agreements, one call after the other, for the platform
 * administrator (everything), a provincial agency's reviewer (the agreements it reviews, one in 25) and a
 * government's staff in 4 groups (the visibility rule): what the board reads for it, the search's first page of 50
 * and its total, the stage funnel, twelve weeks of throughput, the engine's open work and the open escalations.
 * The agreements are generated in SQL as {@code AgreementSearchPlanTest} does. Rendering the page is not measured.
 */
final class BoardLoad {

    static final int AGREEMENTS = 100_000;
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Agreements agreements;
    private final AgreementWork work;
    private final Approvals approvals;
    private final Map<String, Caller> callers = new LinkedHashMap<>();

    BoardLoad(JdbcTemplate jdbc, ConfigurableApplicationContext context) {
        this.jdbc = jdbc;
        this.agreements = context.getBean(Agreements.class);
        this.work = context.getBean(AgreementWork.class);
        this.approvals = context.getBean(Approvals.class);
        callers.put("administrator", new Caller("bench.admin", Set.of("camunda-admin")));
        callers.put("agency reviewer", new Caller("bench.reviewer", Set.of(ManyAgreements.AGENCY + ".reviewer")));
        callers.put("government staff, 4 groups", new Caller("bench.staff", Set.of("PLAN7.coordinator", "PLAN7.leader",
                "PLAN7.finance_officer", "PLAN7.reviewer")));
    }

    void run(Settings settings, Report report, Progress progress) {
        Map<String, List<Double>> p50 = new LinkedHashMap<>();
        Map<String, List<Double>> p99 = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        try {
            ManyAgreements.insert(jdbc, AGREEMENTS);
            progress.say("W5: warm-up at %,d agreements", AGREEMENTS);
            callers.values().forEach(caller -> measure(caller, settings.taskListCalls() / 2));
            for (int round = 1; round <= settings.rounds(); round++) {
                StringBuilder line = new StringBuilder();
                for (Map.Entry<String, Caller> caller : callers.entrySet()) {
                    Histogram latencies = measure(caller.getValue(), settings.taskListCalls());
                    p50.computeIfAbsent(caller.getKey(), k -> new ArrayList<>()).add(latencies.getValueAtPercentile(50) / 1000.0);
                    p99.computeIfAbsent(caller.getKey(), k -> new ArrayList<>()).add(latencies.getValueAtPercentile(99) / 1000.0);
                    totals.put(caller.getKey(), agreements.search(AgreementSearch.everything(), caller.getValue()).total());
                    line.append(String.format(" %s p50 %.1f ms p99 %.1f ms;", caller.getKey(),
                            latencies.getValueAtPercentile(50) / 1000.0, latencies.getValueAtPercentile(99) / 1000.0));
                }
                progress.say("W5 round %d/%d at %,d agreements:%s", round, settings.rounds(), AGREEMENTS, line);
            }
        } finally {
            ManyAgreements.delete(jdbc);
        }
        for (String caller : p99.keySet()) {
            String key = caller + " (" + totals.get(caller) + " seen)";
            report.figure("W5", "board first page p50, " + key, "ms", p50.get(caller));
            report.figure("W5", "board first page p99, " + key, "ms", p99.get(caller));
            report.verdict("W5 board p99 ≤ 200 ms at 100,000 agreements, " + caller, Stats.median(p99.get(caller)),
                    "ms", true, 200);
        }
        report.note("W5 runs one board read at a time with the platform idle; a page is 50 agreements");
    }

    /** Up to this many calls one after the other, for at most {@link #PATIENCE}. */
    private Histogram measure(Caller caller, int calls) {
        Histogram latencies = new Histogram(3);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int i = 0; i < calls && System.nanoTime() < deadline; i++) {
            long started = System.nanoTime();
            board(caller);
            latencies.recordValue((System.nanoTime() - started) / 1000);
        }
        return latencies;
    }

    private void board(Caller caller) {
        AgreementResults page = agreements.overview(AgreementSearch.everything(), 12, ZoneOffset.UTC, caller).results();
        work.of(page.agreements().stream().map(standing -> standing.agreement().id()).toList());
        approvals.openEscalations();
    }
}
