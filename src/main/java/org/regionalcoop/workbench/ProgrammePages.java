package org.regionalcoop.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.grants.Balances;
import org.regionalcoop.grants.GrantProgrammes;
import org.regionalcoop.grants.Grants;
import org.regionalcoop.grants.LedgerEntry;
import org.regionalcoop.grants.Programme;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The money of grant programmes: every budget year the reader may see, each programme's balances per year with a
 * chart and its ledger, the ledger as a spreadsheet, and the form with which an agency's administrators open a
 * programme or its next budget year.
 */
@Controller
class ProgrammePages {

    /** More entries than a page shows are in the spreadsheet. */
    private static final int LEDGER_ROWS = 200;
    private static final int ALL_ENTRIES = Integer.MAX_VALUE;

    private final GrantProgrammes programmes;
    private final Grants grants;
    private final Amounts amounts;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final LedgerWords ledgerWords;
    private final Submissions submissions;
    private final Agreements agreements;

    private final Dates dates;

    ProgrammePages(GrantProgrammes programmes, Grants grants, Amounts amounts, MessageSource messages, ObjectMapper json,
                   LedgerWords ledgerWords, Submissions submissions, Agreements agreements, Dates dates) {
        this.dates = dates;
        this.agreements = agreements;
        this.submissions = submissions;
        this.ledgerWords = ledgerWords;
        this.programmes = programmes;
        this.grants = grants;
        this.amounts = amounts;
        this.messages = messages;
        this.json = json;
    }

    /** One budget year with what its ledger adds up to. */
    record Year(Programme programme, Balances balances) {
    }

    /** What the opening form holds, as typed, with the ticket the page gave it, so that a year is opened once (Submissions). */
    record Opening(String agency, String supportType, String year, String budget, String submission) {
    }

    @GetMapping("/money/programmes")
    String programmes(@RequestParam Optional<String> agency, @RequestParam Optional<String> supportType,
                      @RequestParam Optional<String> year, Model model) {
        return list(new Opening(agency.orElse(null), supportType.orElse(null), year.orElse(null), null,
                submissions.ticket()),
                new LinkedHashMap<>(), model);
    }

    @PostMapping("/money/programmes")
    String open(Opening opening, Model model, HttpServletResponse response, RedirectAttributes redirect,
                HttpSession session) {
        submissions.refuseIfSent(session, opening.submission());
        Caller caller = Caller.current();
        Map<String, String> errors = new LinkedHashMap<>();
        // Grouped or full-width digits become plain ones; anything else goes on as typed, for the rules to name.
        String budget = opening.budget() == null ? null : amounts.parse(opening.budget()).orElse(opening.budget());
        try {
            Programme opened = submissions.once(session, opening.submission(), () -> programmes.open(
                    new GrantProgrammes.Opening(opening.agency(), opening.supportType(), opening.year(), budget, null),
                    caller), Programme::id);
            redirect.addFlashAttribute("opened", opened);
            return "redirect:/money/programmes/" + opened.id();
        } catch (InvalidRequestException e) {
            for (Violation violation : e.violations()) {
                errors.putIfAbsent(violation.field(), text("programme.error." + violation.field()));
            }
            alreadyOpen(opening, caller).ifPresent(open -> errors.put("year", text("programme.error.year-open",
                    open.year(), text("support." + open.supportType().name()))));
        } catch (ForbiddenException e) {
            errors.put("agency", text("programme.error.not-yours"));
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return list(opening, errors, model);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return list(opening, errors, model);
    }

    @GetMapping("/money/programmes/{id}")
    String programme(@PathVariable long id, Model model) throws JsonProcessingException {
        Caller caller = Caller.current();
        Programme programme = programmes.visible(id, caller);
        List<Year> years = programmes.years(id, caller).stream()
                .map(year -> new Year(year, grants.balances(year.id(), caller))).toList();
        model.addAttribute("programme", programme);
        model.addAttribute("years", years);
        model.addAttribute("chart", json.writeValueAsString(chart(years)));
        List<LedgerEntry> ledger = programme.supportType().monetary() ? grants.ledger(id, LEDGER_ROWS, 0, caller) : List.of();
        model.addAttribute("ledger", ledger);
        // Each entry's link names its agreement: a column of "Open the agreement" told a grant officer nothing.
        model.addAttribute("titles", titles(ledger));
        model.addAttribute("ledgerRows", LEDGER_ROWS);
        model.addAttribute("mayOpen", programmes.managedAgencies(caller).contains(programme.agency()));
        model.addAttribute("nextYear", years.get(years.size() - 1).programme().year() + 1);
        return "money-programme";
    }

    /** The budget year's ledger, every entry, as a spreadsheet in the reader's language. */
    @GetMapping("/money/programmes/{id}/ledger.csv")
    void ledgerCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
        Caller caller = Caller.current();
        Programme programme = programmes.visible(id, caller);
        List<List<Object>> rows = new ArrayList<>();
        // A reader of the sheet knows an agreement by its title, not its id.
        List<LedgerEntry> entries = grants.ledger(id, ALL_ENTRIES, 0, caller);
        Map<UUID, String> titles = titles(entries);
        for (LedgerEntry entry : entries) {
            rows.add(List.of(entry.id(), dates.csvTime(entry.recordedAt()), text("ledger.kind." + entry.kind().key()),
                    entry.amount().toString(), entry.agreementId().toString(), titles.get(entry.agreementId()),
                    entry.grantId() == null ? "" : entry.grantId().toString(),
                    entry.projectId() == null ? "" : entry.projectId().toString(),
                    entry.milestone() == null ? "" : entry.milestone(), ledgerWords.actor(entry),
                    ledgerWords.reason(entry)));
        }
        List<String> headers = List.of("id", "recordedAt", "kind", "amount", "agreement", "title", "grant", "project", "milestone",
                "actor", "reason").stream().map(column -> text("ledger.csv." + column, dates.columnZone())).toList();
        Csv.write(response, "ledger-" + programme.agency() + "-" + programme.supportType().key() + "-"
                + programme.year() + ".csv", headers, rows);
    }

    /** The title of each entry's agreement, each agreement read once however many entries it has. */
    private Map<UUID, String> titles(List<LedgerEntry> entries) {
        Map<UUID, String> titles = new HashMap<>();
        for (LedgerEntry entry : entries) {
            titles.computeIfAbsent(entry.agreementId(), agreement -> agreements.find(new AgreementId(agreement))
                    .map(found -> found.current().content().title()).orElse(""));
        }
        return titles;
    }

    /** The budget year the form asks to open when the agency's programme has it already: the refusal names it. */
    private Optional<Programme> alreadyOpen(Opening opening, Caller caller) {
        String year = opening.year() == null ? "" : opening.year().strip();
        return programmes.programmes(caller).stream()
                .filter(programme -> programme.agency().value().equals(opening.agency())
                        && programme.supportType().key().equals(opening.supportType())
                        && String.valueOf(programme.year()).equals(year))
                .findFirst();
    }

    private String list(Opening opening, Map<String, String> errors, Model model) {
        Caller caller = Caller.current();
        List<GovernmentCode> managed = programmes.managedAgencies(caller);
        model.addAttribute("programmes", programmes.programmes(caller));
        model.addAttribute("managed", managed.stream().map(GovernmentCode::value).toList());
        model.addAttribute("supportTypes", SupportType.values());
        model.addAttribute("opening", opening);
        model.addAttribute("errors", errors);
        return "money-programmes";
    }

    /** The chart's data: one group of bars per year, labelled in the reader's language, amounts as exact strings. */
    private Map<String, Object> chart(List<Year> years) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("years", years.stream().map(year -> year.programme().year()).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (String measure : List.of("budget", "reserved", "awarded", "disbursed", "reclaimed")) {
            series.add(Map.of("label", text("programme.balance." + measure), "measure", measure,
                    "values", years.stream().map(year -> measure(year.balances(), measure)).toList()));
        }
        chart.put("series", series);
        chart.put("yuan", text("programme.chart.yuan"));
        return chart;
    }

    private static String measure(Balances balances, String measure) {
        return switch (measure) {
            case "budget" -> balances.budget().toString();
            case "reserved" -> balances.reserved().toString();
            case "awarded" -> balances.awarded().toString();
            case "disbursed" -> balances.disbursed().toString();
            default -> balances.reclaimed().toString();
        };
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
