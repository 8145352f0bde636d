package org.regionalcoop.workbench;

import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.audit.AuditTrail;
import org.regionalcoop.consensus.BallotKey;
import org.regionalcoop.events.DeadLetterArchive;
import org.regionalcoop.events.EventFlow;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.monitoring.AgreementProcesses;
import org.regionalcoop.monitoring.Interventions;
import org.regionalcoop.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One agreement fully explained, for administrators and the agencies involved in it: its processes drawn with
 * where they stand and the path they took, its audit timeline, the events it published, and what failed on
 * the way (open incidents, dead letters), which administrators retry or replay from here. Closed agreements too:
 * all of it is read from the engine's history and the platform's own tables.
 */
@Controller
class AgreementHistoryPages {

    /** More dead letters than one agreement gathers unless a participant's system is broken. */
    private static final int DEAD_LETTERS_SHOWN = 100;

    private final Agreements agreements;
    private final AgreementProcesses processes;
    private final AuditTrail audit;
    private final EventFlow events;
    private final Interventions interventions;
    private final DeadLetterArchive deadLetters;
    private final DiagramLabels labels;

    AgreementHistoryPages(Agreements agreements, AgreementProcesses processes, AuditTrail audit, EventFlow events,
                          Interventions interventions, DeadLetterArchive deadLetters, DiagramLabels labels) {
        this.labels = labels;
        this.agreements = agreements;
        this.processes = processes;
        this.audit = audit;
        this.events = events;
        this.interventions = interventions;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/agreements/{id}/history")
    String history(@PathVariable String id, Model model) {
        Caller caller = Caller.current();
        AgreementId agreement = AgreementPages.parse(id);
        // The agreement's own visibility rule decides who reads its history; everything below reads as the platform.
        model.addAttribute("agreement", agreements.get(agreement, caller));
        List<AgreementProcesses.Run> runs = processes.of(agreement);
        model.addAttribute("runs", runs);
        // A ballot's key names its round and participant, which its process's name does not.
        Map<String, BallotKey> ballots = new HashMap<>();
        runs.forEach(run -> BallotKey.find(run.businessKey()).ifPresent(ballot -> ballots.put(run.id(), ballot)));
        model.addAttribute("ballots", ballots);
        model.addAttribute("timeline", audit.of(agreement, caller));
        model.addAttribute("events", events.of(agreement));
        model.addAttribute("incidents", interventions.incidentsOf(agreement));
        model.addAttribute("deadLetters", deadLetters.concerning(agreement, DEAD_LETTERS_SHOWN));
        model.addAttribute("administrator", caller.isAdministrator());
        return "agreement-history";
    }

    /** The BPMN of one of the agreement's processes, for the diagram viewer on the page above. */
    @GetMapping(path = "/agreements/{id}/history/diagrams/{definitionId}", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String diagram(@PathVariable String id, @PathVariable String definitionId) {
        AgreementId agreement = AgreementPages.parse(id);
        agreements.get(agreement, Caller.current());
        if (!processes.ranOn(agreement, definitionId)) {
            throw new NotFoundException("Agreement " + id + " ran no process " + definitionId);
        }
        return labels.inReadersLanguage(processes.diagram(definitionId));
    }
}
