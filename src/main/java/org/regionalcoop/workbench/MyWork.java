package org.regionalcoop.workbench;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.security.Caller;
import org.regionalcoop.tasks.StaffTask;
import org.regionalcoop.tasks.StaffTasks;
import org.regionalcoop.tasks.TaskPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The landing page: the open tasks of my government's roles and the ones claimed by me, soonest due first,
 * read a page at a time through the platform's task query, with how many each filter would show.
 */
@Controller
class MyWork {

    static final int PAGE_SIZE = 20;
    /** A title search narrows to at most this many agreements, newest first. */
    private static final int SEARCHED_AGREEMENTS = 200;

    private final StaffTasks tasks;
    private final Agreements agreements;
    private final Clock clock;
    private final DisplayZone zone;

    MyWork(StaffTasks tasks, Agreements agreements, Clock clock, DisplayZone zone) {
        this.zone = zone;
        this.tasks = tasks;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** Which of the list's filters is on. */
    enum Show {
        ALL, OVERDUE, THIS_WEEK, CLAIMED_BY_ME
    }

    /** A count shown beside a filter; {@code atLeast} when counting stopped at the limit and there are more. */
    record Count(long value, boolean atLeast) {

        static Count of(long counted) {
            return new Count(Math.min(counted, TaskPage.COUNT_LIMIT), counted > TaskPage.COUNT_LIMIT);
        }
    }

    /** One row of the list: the task and the agreement it decides on (null for a task outside any agreement). */
    record Row(StaffTask task, Agreement agreement) {
    }

    @GetMapping("/")
    String myWork(@RequestParam(defaultValue = "ALL") Show show, @RequestParam(required = false) String step,
                  @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(required = false) String after, Model model) {
        Caller caller = Caller.current();
        String search = q == null || q.isBlank() ? null : q.strip();
        List<String> titled = search == null ? null
                : agreements.titled(search, SEARCHED_AGREEMENTS).stream().map(AgreementId::toString).toList();
        String chosenStep = step == null || step.isBlank() ? null : step;
        int shown = Math.max(page, 0);

        // "Next" carries where the page ended, so a later page is read from there rather than past every earlier one.
        TaskPage found = after == null || after.isBlank() ? tasks.mine(caller, filter(show, chosenStep, titled, caller), shown, PAGE_SIZE)
                : tasks.mine(caller, filter(show, chosenStep, titled, caller), after, shown, PAGE_SIZE);
        if (found.tasks().isEmpty() && shown > 0) {
            // A page past the last (colleagues finished tasks since it was linked, or the address was edited) would show
            // the count above an empty table with no way back: the first page instead.
            return "redirect:" + UriComponentsBuilder.fromPath("/").queryParam("show", show)
                    .queryParamIfPresent("step", Optional.ofNullable(chosenStep))
                    .queryParamIfPresent("q", Optional.ofNullable(search)).encode().toUriString();
        }
        Map<AgreementId, Agreement> about = agreements.all(found.tasks().stream().map(StaffTask::agreementId)
                .filter(Objects::nonNull).distinct().map(AgreementId::of).toList());
        model.addAttribute("rows", found.tasks().stream()
                .map(task -> new Row(task, task.agreementId() == null ? null : about.get(AgreementId.of(task.agreementId()))))
                .toList());
        model.addAttribute("found", found);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("show", show);
        model.addAttribute("step", chosenStep);
        model.addAttribute("q", search);

        Map<Show, Count> counts = new TreeMap<>();
        Map<String, Long> byStep = Map.of();
        for (Show each : Show.values()) {
            Map<String, Long> counted = tasks.countByStep(caller, filter(each, null, titled, caller));
            counts.put(each, Count.of(sum(counted)));
            if (each == show) {
                byStep = counted;
            }
        }
        model.addAttribute("counts", counts);
        // The steps' counts come from the first tasks found up to the limit: past it, each is a lower bound.
        boolean partial = sum(byStep) > TaskPage.COUNT_LIMIT;
        Map<String, Count> steps = new TreeMap<>();
        byStep.forEach((key, value) -> steps.put(key, new Count(value, partial)));
        model.addAttribute("steps", steps);
        return "my-work";
    }

    private StaffTasks.Filter filter(Show show, String step, List<String> agreementIds, Caller caller) {
        Instant now = clock.instant();
        return new StaffTasks.Filter(null, step, show == Show.OVERDUE ? Boolean.TRUE : null,
                show == Show.THIS_WEEK ? endOfWeek(now) : null, agreementIds,
                show == Show.CLAIMED_BY_ME ? caller.userId() : null);
    }

    /** Next Monday, 00:00 on the readers' clock: "due this week" as their calendar reads it, overdue tasks included. */
    private Instant endOfWeek(Instant now) {
        return zone.startOf(zone.day(now).with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
