package org.regionalcoop.workbench;

import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.approval.Approvals;
import org.regionalcoop.events.ConsumerLag;
import org.regionalcoop.events.DeadLetterArchive;
import org.regionalcoop.events.PublishLag;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.monitoring.Interventions;
import org.regionalcoop.monitoring.Throughput;
import org.regionalcoop.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.Map;

/**
 * The duty officer's page: what failed (incidents, dead letters) with the hand to fix it, what is late
 * (escalations), and whether events flow (outbox backlog and publish lag, consumer lag per topic, throughput),
 * refreshed while it is open. Administrators only: the same figures as the monitoring API.
 */
@Controller
class OperationsPages {

    private static final int DEAD_LETTERS_SHOWN = 50;

    private final Interventions interventions;
    private final DeadLetterArchive deadLetters;
    private final PublishLag publishLag;
    private final ConsumerLag consumerLag;
    private final Throughput throughput;
    private final Approvals approvals;
    private final Agreements agreements;
    private final Clock clock;
    private final Spans spans;

    OperationsPages(Interventions interventions, DeadLetterArchive deadLetters, PublishLag publishLag,
                    ConsumerLag consumerLag, Throughput throughput, Approvals approvals, Agreements agreements, Clock clock,
                    Spans spans) {
        this.interventions = interventions;
        this.deadLetters = deadLetters;
        this.publishLag = publishLag;
        this.consumerLag = consumerLag;
        this.throughput = throughput;
        this.approvals = approvals;
        this.agreements = agreements;
        this.clock = clock;
        this.spans = spans;
    }

    @GetMapping("/operations")
    String operations(Model model) {
        figures(model);
        return "operations";
    }

    /** The page's live part, fetched again every few seconds while the page is open. */
    @GetMapping("/operations/figures")
    String figures(Model model) {
        administratorsOnly();
        Map<AgreementStatus, Long> byStatus = agreements.countByStatus();
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("incidents", interventions.incidents());
        model.addAttribute("deadLetterCounts", deadLetters.countsByReason());
        model.addAttribute("deadLetters", deadLetters.latest(DEAD_LETTERS_SHOWN));
        model.addAttribute("outbox", publishLag.now());
        model.addAttribute("consumerLag", consumerLag.now());
        var windows = throughput.now();
        model.addAttribute("throughput", windows);
        model.addAttribute("windowLabels", windows.stream().map(window -> spans.words(window.window())).toList());
        model.addAttribute("escalations", approvals.openEscalations());
        model.addAttribute("now", clock.instant());
        return "operations :: figures";
    }

    /**
     * Retries a failed step. The service refuses anyone but administrators (403 where they may see the agreement,
     * 404 where not); the answer returns to the agreement's history when asked from there.
     */
    @PostMapping("/operations/incidents/{id}/retry")
    String retry(@PathVariable String id, @RequestParam(required = false) String agreement, RedirectAttributes next) {
        Caller caller = Caller.current();
        try {
            interventions.retry(id, caller);
            next.addFlashAttribute("done", "operations.retried");
        } catch (NotFoundException gone) {
            if (!caller.isAdministrator()) {
                throw gone;
            }
            // A colleague retried it already, or this page was opened before: the administrator sees how it stands now.
            next.addFlashAttribute("done", "operations.retry.gone");
        }
        return back(agreement);
    }

    @PostMapping("/operations/dead-letters/{id}/replay")
    String replay(@PathVariable long id, @RequestParam(required = false) String agreement, RedirectAttributes next) {
        interventions.replay(id, Caller.current());
        next.addFlashAttribute("done", "operations.replayed");
        return back(agreement);
    }

    private static String back(String agreement) {
        return agreement == null ? "redirect:/operations"
                : "redirect:/agreements/" + AgreementPages.parse(agreement) + "/history";
    }

    private static void administratorsOnly() {
        if (!Caller.current().isAdministrator()) {
            throw new ForbiddenException("The operations page is for administrators");
        }
    }
}
