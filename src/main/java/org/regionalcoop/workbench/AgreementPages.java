package org.regionalcoop.workbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.regionalcoop.funds.FundEntryKind;
import org.regionalcoop.funds.FundStatement;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.AgreementVersion;
import org.regionalcoop.projects.ProjectDetail;
import org.regionalcoop.projects.Projects;
import org.regionalcoop.settlement.Settlements;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.audit.AuditEntry;
import org.regionalcoop.consensus.Ballots;
import org.regionalcoop.grants.Grants;
import org.regionalcoop.security.Caller;
import org.regionalcoop.tasks.AgreementContext;
import org.regionalcoop.tasks.ContentDiff;
import org.regionalcoop.kernel.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Everything a participant may see about one agreement: where it stands, its versions, answers, grants, projects, fund,
 * meetings, benefit reports, settlements, timeline.
 */
@Controller
class AgreementPages {

    /** The stages an agreement may still be revised in: before it is in force, and not given up. */

    private final Agreements agreements;
    private final Ballots ballots;
    private final Grants grants;
    private final AgreementFacts facts;
    private final SettlementFacts settlements;
    private final Projects projects;
    private final ObjectMapper json;
    private final MeetingCostFacts meetings;
    private final Funds funds;
    private final Settlements settlementModule;

    AgreementPages(Agreements agreements, Ballots ballots, Grants grants, AgreementFacts facts,
                   SettlementFacts settlements, Projects projects, ObjectMapper json, MeetingCostFacts meetings,
                   Funds funds, Settlements settlementModule) {
        this.settlementModule = settlementModule;
        this.meetings = meetings;
        this.funds = funds;
        this.agreements = agreements;
        this.ballots = ballots;
        this.grants = grants;
        this.facts = facts;
        this.settlements = settlements;
        this.projects = projects;
        this.json = json;
    }

    /** One version and what it changed from the one before (nothing for the first). */
    record Revision(AgreementVersion version, List<AgreementContext.Change> changes) {
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable String id, Model model) {
        Caller caller = Caller.current();
        AgreementId agreementId = parse(id);
        Agreement agreement = agreements.get(agreementId, caller);
        List<AgreementVersion> versions = agreements.versions(agreementId, caller);
        List<Revision> revisions = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            revisions.add(new Revision(versions.get(i), i == 0 ? List.of()
                    : ContentDiff.between(json.valueToTree(versions.get(i - 1).content()), json.valueToTree(versions.get(i).content()))));
        }
        List<AuditEntry> timeline = facts.addTo(model, agreementId, caller);
        model.addAttribute("agreement", agreement);
        model.addAttribute("revisions", revisions);
        OptionalInt round = ballots.latestRound(agreementId);
        model.addAttribute("round", round.isPresent() ? round.getAsInt() : null);
        model.addAttribute("ended", AgreementEnding.ended(agreement.status()));
        model.addAttribute("ending", AgreementEnding.of(agreement.status(), timeline,
                round.isPresent() ? round.getAsInt() : null));
        model.addAttribute("tally", round.isPresent() ? ballots.tally(agreementId, round.getAsInt()) : null);
        model.addAttribute("grants", grants.of(agreementId, caller));
        List<SettlementFacts.View> views = settlements.ofAgreement(agreementId, caller);
        model.addAttribute("settlements", views);
        List<MeetingCostFacts.MeetingRow> meetingRows = meetings.of(agreementId, caller);
        model.addAttribute("meetings", meetingRows);
        model.addAttribute("sharedMeetingCosts", views.stream().collect(Collectors.toMap(view -> view.settlement().id(),
                view -> MeetingCostFacts.sharedBy(meetingRows, view.settlement().periodEnd()))));
        model.addAttribute("benefitReports", settlementModule.benefitReports(agreementId, caller));
        FundStatement fund = agreement.current().content().fund() == null ? null : funds.statement(agreementId, caller);
        model.addAttribute("fund", fund);
        model.addAttribute("fundParts", fundParts(fund));
        List<ProjectDetail> details = projects.ofAgreement(agreementId, caller).stream()
                .map(project -> projects.get(project.id(), caller)).toList();
        model.addAttribute("projects", details);
        model.addAttribute("bodyNames", agreement.current().content().bodies().stream()
                .collect(Collectors.toMap(GoverningBody::key, MeetingCostFacts::nameOf)));
        model.addAttribute("projectNames", details.stream().collect(Collectors.toMap(detail -> detail.project().id().value(),
                detail -> detail.project().name())));
        model.addAttribute("payers", details.stream().filter(detail -> detail.contributions().stream()
                        .anyMatch(c -> c.amount().yuan().signum() > 0 && caller.hasGroup(c.participant().value() + ".finance_officer")))
                .map(detail -> detail.project().id()).toList());
        model.addAttribute("actions", actions(agreement, caller));
        return "agreement";
    }

    /**
     * Where each project's fund part stands, by the fund's last movement for it: held awaiting the allocating body
     * ({@code reserve}), allocated, or given back ({@code release}). A project handed over from a closed agreement
     * keeps its hold in that agreement's fund, whose ledger is not this one's: it has none here.
     */
    static Map<UUID, FundEntryKind> fundParts(FundStatement fund) {
        Map<UUID, FundEntryKind> parts = new HashMap<>();
        if (fund != null) {
            fund.entries().stream().filter(entry -> entry.projectId() != null)
                    .forEach(entry -> parts.put(entry.projectId(), entry.kind()));
        }
        return parts;
    }

    /** A page outside a task about this agreement, e.g. {@code project} at {@code projects/new}. */
    record Action(String key, String path) {
    }

    /** The pages outside a task the caller may open on this agreement, by the modules' own rules. */
    private List<Action> actions(Agreement agreement, Caller caller) {
        List<Action> actions = new ArrayList<>();
        if (agreements.revisable(agreement) && ProposalPages.mayRevise(agreement, caller)) {
            actions.add(new Action("revise", "revise"));
        }
        if (agreement.status().inForce() && Projects.mayRegister(agreement, caller)) {
            actions.add(new Action("project", "projects/new"));
        }
        if (agreement.status().inForce() && !FundPages.payers(agreement, caller).isEmpty()) {
            actions.add(new Action("fund-payment", "fund/payments/new"));
        }
        if (agreement.status().inForce() && Settlements.maySupport(agreement.current().content(), caller)) {
            actions.add(new Action("support", "counterpart-support/new"));
        }
        if (agreement.status().inForce() && !Settlements.benefitReporters(agreement.current().content(), caller).isEmpty()) {
            actions.add(new Action("benefit", "benefit-reports/new"));
        }
        return actions;
    }

    /** The agreement an address names; an address that names none is a page not found, as at the API. */
    static AgreementId parse(String id) {
        try {
            return AgreementId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No agreement " + id);
        }
    }
}
