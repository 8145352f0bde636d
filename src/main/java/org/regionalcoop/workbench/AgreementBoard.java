package org.regionalcoop.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.regionalcoop.agreements.AgreementOverview;
import org.regionalcoop.agreements.AgreementResults;
import org.regionalcoop.agreements.AgreementSearch;
import org.regionalcoop.agreements.AgreementStage;
import org.regionalcoop.agreements.AgreementStanding;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.WeeklyThroughput;
import org.regionalcoop.approval.Approvals;
import org.regionalcoop.approval.Escalation;
import org.regionalcoop.audit.AuditEntry;
import org.regionalcoop.audit.AuditTrail;
import org.regionalcoop.consensus.Ballots;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentKind;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.security.Caller;
import org.regionalcoop.tasks.AgreementWork;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The agreement board for administrators and agencies: every agreement the caller sees, active and closed, where
 * it stands and for how long against its stage's service level, what is open on it, with the API's filters as GET
 * parameters (so a board is bookmarked) and charts of the stage funnel and of the weekly throughput.
 */
@Controller
class AgreementBoard {

    static final int PAGE_SIZE = 50;
    private static final int WEEKS = 12;

    private final Agreements agreements;
    private final Approvals approvals;
    private final AgreementWork work;
    private final AuditTrail audit;
    private final Ballots ballots;
    private final Organizations organizations;
    private final MessageSource messages;
    private final Dates dates;
    private final ObjectMapper json;
    private final Clock clock;
    private final DisplayZone zone;

    AgreementBoard(Agreements agreements, Approvals approvals, AgreementWork work, AuditTrail audit, Ballots ballots,
                   Organizations organizations, MessageSource messages, Dates dates, ObjectMapper json, Clock clock,
                   DisplayZone zone) {
        this.audit = audit;
        this.ballots = ballots;
        this.clock = clock;
        this.zone = zone;
        this.dates = dates;
        this.json = json;
        this.agreements = agreements;
        this.approvals = approvals;
        this.work = work;
        this.organizations = organizations;
        this.messages = messages;
    }

    /**
     * One agreement on the board: where it stands, its open escalations and incidents and its next deadline.
     *
     * @param daysInStage  whole days since it entered its status
     * @param serviceLevel the stage's service level in whole days; null for stages without one
     * @param ending       for an ended agreement, the decisions that ended it (who and why); empty otherwise
     */
    record Row(AgreementStanding standing, long daysInStage, Long serviceLevel, long escalations, long incidents,
               Instant nextDeadline, List<AuditEntry> ending) {

        /** An ended agreement stays where it is: the board says when it ended, not for how long it has not moved. */
        public boolean ended() {
            return standing.stage() == AgreementStage.ENDED;
        }
    }

    /** One bar of a chart: its label in the page's language and its value. */
    record Bar(String label, long value) {
    }

    private static final List<String> DAYS = List.of("proposedFrom", "proposedTo", "approvedFrom", "approvedTo");
    /** Parameters that page or order the board without narrowing it: a folded form does not count them as filters. */
    private static final Set<String> NOT_FILTERS = Set.of("limit", "offset", "sort");

    @GetMapping("/board")
    String board(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        Caller caller = Caller.current();
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(parameters);
        filters.remove("lang");
        filters.putIfAbsent("limit", List.of(Integer.toString(PAGE_SIZE)));
        AgreementSearch search;
        try {
            search = AgreementSearch.fromParameters(daysAsTheApiReadsThem(filters));
        } catch (InvalidRequestException refused) {
            model.addAttribute("problems", refused.violations().stream().map(Violation::field).distinct().toList());
            model.addAttribute("reversed", reversed(filters));
            search = AgreementSearch.everything();
        }
        AgreementOverview overview = agreements.overview(search, WEEKS, zone.displayZone(), caller);
        AgreementResults results = overview.results();
        List<AgreementId> shown = results.agreements().stream().map(standing -> standing.agreement().id()).toList();
        Map<AgreementId, AgreementWork.Open> open = work.of(shown);
        Instant now = clock.instant();
        Map<AgreementId, Long> escalations = approvals.openEscalations().stream()
                .collect(Collectors.groupingBy(Escalation::agreementId, Collectors.counting()));
        model.addAttribute("rows", results.agreements().stream().map(standing -> {
            AgreementId id = standing.agreement().id();
            AgreementWork.Open engine = open.getOrDefault(id, AgreementWork.Open.NOTHING);
            Instant next = Stream.of(engine.nextDeadline(), standing.serviceLevelDue()).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            return new Row(standing, Duration.between(standing.statusSince(), now).toDays(),
                    standing.serviceLevel() == null ? null : standing.serviceLevel().toDays(),
                    escalations.getOrDefault(id, 0L), engine.incidents(), next, ending(standing, caller));
        }).toList());
        model.addAttribute("total", results.total());
        model.addAttribute("search", search);
        model.addAttribute("filters", filters.toSingleValueMap());
        model.addAttribute("activeFilters", filters.entrySet().stream().filter(filter -> !NOT_FILTERS.contains(filter.getKey()))
                .filter(filter -> filter.getValue().stream().anyMatch(value -> !value.isBlank())).count());
        model.addAttribute("pages", (results.total() + search.limit() - 1) / search.limit());
        model.addAttribute("page", search.offset() / search.limit());
        List<Bar> funnel = funnel(overview.byStage());
        model.addAttribute("funnel", funnel);
        // Charts over nothing are empty axes a reader takes for a fault: the notice says that nothing matches instead.
        model.addAttribute("anyMatches", funnel.stream().anyMatch(bar -> bar.value() > 0));
        model.addAttribute("quietWeeks", overview.throughput().stream()
                .allMatch(week -> week.proposed() + week.approved() + week.ended() == 0));
        model.addAttribute("charts", charts(funnel, overview.throughput()));
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("stages", AgreementStage.values());
        model.addAttribute("modes", CooperationMode.values());
        model.addAttribute("fields", CooperationField.values());
        model.addAttribute("sorts", AgreementSearch.Sort.values());
        List<Government> registry = organizations.governments();
        model.addAttribute("governments", registry.stream().map(Government::code).sorted().toList());
        model.addAttribute("agencies", registry.stream().filter(g -> g.kind() == GovernmentKind.COORDINATION_AGENCY)
                .map(Government::code).sorted().toList());
        model.addAttribute("previous", search.offset() == 0 ? null : pageAt(Math.max(search.offset() - search.limit(), 0)));
        model.addAttribute("next", search.offset() + search.limit() >= results.total() ? null
                : pageAt(search.offset() + search.limit()));
        // A bookmarked later page of a board that has since shrunk: say so and lead to its last page, not an empty table.
        boolean pastEnd = results.total() > 0 && results.agreements().isEmpty();
        model.addAttribute("pastEnd", pastEnd);
        model.addAttribute("lastPage", pastEnd ? pageAt((int) ((results.total() - 1) / search.limit() * search.limit())) : null);
        return "board";
    }

    /**
     * Who ended an ended agreement and why, as its page says it first, so that a reader of the board need not open each
     * one to learn that; a closure's evaluation without the projects decided after it, which its page lists.
     */
    private List<AuditEntry> ending(AgreementStanding standing, Caller caller) {
        if (standing.stage() != AgreementStage.ENDED) {
            return List.of();
        }
        AgreementId id = standing.agreement().id();
        OptionalInt round = ballots.latestRound(id);
        List<AuditEntry> ending = AgreementEnding.of(standing.agreement().status(), audit.of(id, caller),
                round.isPresent() ? round.getAsInt() : null);
        return standing.agreement().status() == AgreementStatus.CLOSED && !ending.isEmpty() ? ending.subList(0, 1) : ending;
    }

    /**
     * The board's period fields are typed as people write days (2027/1/31, 2027年1月31日, full-width digits), days
     * of the readers' calendar; the search reads ISO days, so each readable day is passed on as one and the rest as
     * typed, for the search to name.
     */
    private MultiValueMap<String, String> daysAsTheApiReadsThem(MultiValueMap<String, String> filters) {
        MultiValueMap<String, String> read = new LinkedMultiValueMap<>(filters);
        for (String name : DAYS) {
            List<String> typed = filters.get(name);
            if (typed != null) {
                read.put(name, typed.stream().filter(value -> !value.isBlank())
                        .map(value -> dates.parse(value).map(LocalDate::toString).orElse(value)).toList());
            }
        }
        return read;
    }

    /** The periods whose first day, as typed, comes after their last: named by their first field, as the search names them. */
    private List<String> reversed(MultiValueMap<String, String> filters) {
        return Stream.of("proposed", "approved").filter(period -> {
            var from = dates.parse(filters.getFirst(period + "From"));
            var to = dates.parse(filters.getFirst(period + "To"));
            return from.isPresent() && to.isPresent() && to.get().isBefore(from.get());
        }).map(period -> period + "From").toList();
    }

    /** This board with the same filters, from another offset. */
    private static String pageAt(int offset) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("offset", offset).build().toUriString();
    }

    /** The charts' data as JSON for the page's script, every label already in the page's language. */
    private String charts(List<Bar> funnel, List<WeeklyThroughput> weeks) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> throughput = Map.of(
                "labels", weeks.stream().map(week -> dates.shortDay(week.week())).toList(),
                "days", weeks.stream().map(week -> dates.day(week.week())).toList(),
                "xTitle", messages.getMessage("board.throughput.x", null, locale),
                "yTitle", messages.getMessage("board.throughput.y", null, locale),
                "series", List.of(
                        series("board.throughput.proposed", weeks.stream().map(WeeklyThroughput::proposed).toList(), locale),
                        series("board.throughput.approved", weeks.stream().map(WeeklyThroughput::approved).toList(), locale),
                        series("board.throughput.ended", weeks.stream().map(WeeklyThroughput::ended).toList(), locale)));
        try {
            return json.writeValueAsString(Map.of(
                    "funnel", Map.of("labels", funnel.stream().map(Bar::label).toList(),
                            "values", funnel.stream().map(Bar::value).toList(),
                            "label", messages.getMessage("board.funnel.series", null, locale),
                            "xTitle", messages.getMessage("board.funnel.x", null, locale)),
                    "throughput", throughput));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The board's chart data could not be written", e);
        }
    }

    private Map<String, Object> series(String key, List<Long> values, Locale locale) {
        return Map.of("label", messages.getMessage(key, null, locale), "values", values);
    }

    private List<Bar> funnel(Map<AgreementStage, Long> counts) {
        Locale locale = LocaleContextHolder.getLocale();
        return Arrays.stream(AgreementStage.values())
                .map(stage -> new Bar(messages.getMessage("board.stage." + stage.key(), null, locale),
                        counts.getOrDefault(stage, 0L)))
                .toList();
    }
}
