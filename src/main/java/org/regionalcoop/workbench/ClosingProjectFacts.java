package org.regionalcoop.workbench;

import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.RunningProject;
import org.regionalcoop.agreements.RunningProjects;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.projects.ProjectDetail;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.Projects;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the closure's evaluation shows of the projects still running (each by name, lead and the contributions not
 * yet paid), and what its question on one of them shows before it asks: the project (who leads it, where,
 * its budget, what each participant owes and has paid, its milestones), and which answers are still open. A closure
 * that terminates the agreement has no renewal to hand the project over to, so that answer is not offered: it could
 * only be refused once sent.
 */
@Component
class ClosingProjectFacts {

    static final String STEP = "user_decide_running_project";
    /** The closure's evaluation, which shows the projects still running that will each need a decision. */
    static final String EVALUATION = "user_evaluate_agreement";
    /** The answer that moves the project to the renewal. */
    static final String HAND_OVER = "hand-over";

    private final Projects projects;
    private final Agreements agreements;
    private final GovernmentNames governments;
    private final RunningProjects running;

    ClosingProjectFacts(Projects projects, Agreements agreements, GovernmentNames governments, RunningProjects running) {
        this.projects = projects;
        this.agreements = agreements;
        this.governments = governments;
        this.running = running;
    }

    /** Adds the projects still running to the evaluation's page, each with the name of who leads it. */
    void addRunningTo(Model model, String step, String agreementId) {
        if (!EVALUATION.equals(step) || agreementId == null) {
            return;
        }
        AgreementId id = AgreementId.of(agreementId);
        List<RunningProject> stillRunning = running.of(id);
        AgreementContent content = agreements.current(id).current().content();
        model.addAttribute("runningProjects", stillRunning);
        model.addAttribute("runningLeads", stillRunning.stream().collect(Collectors.toMap(RunningProject::projectId,
                project -> leadName(project.lead(), content), (first, same) -> first)));
    }

    /**
     * Adds the project and the answers withheld to a task's page (answers are withheld from no other step); true when
     * it added the project.
     */
    boolean addTo(Model model, String step, String agreementId, Map<String, Object> processFacts) {
        model.addAttribute("withheld", Set.of());
        if (!STEP.equals(step) || !(processFacts.get(TaskPages.PROJECT) instanceof String project) || agreementId == null) {
            return false;
        }
        boolean renewed = "renew".equals(processFacts.get("closureDecision"));
        model.addAttribute("renewed", renewed);
        if (!renewed) {
            model.addAttribute("withheld", Set.of(HAND_OVER));
        }
        Optional<ProjectDetail> detail = projects.find(ProjectId.of(project));
        detail.ifPresent(running -> {
            model.addAttribute("runningProject", running);
            model.addAttribute("runningLead", lead(running.project(),
                    agreements.current(AgreementId.of(agreementId)).current().content()));
        });
        return detail.isPresent();
    }

    /** The lead government by its name, or the agreement's body that leads it by the body's name. */
    private String lead(ProjectSummary project, AgreementContent content) {
        return project.lead() != null ? governments.name(project.lead()) : leadName(project.leadBody(), content);
    }

    /** A lead's name: the agreement's body of that key by its name, else the government of that code. */
    private String leadName(String lead, AgreementContent content) {
        return content.bodies().stream().filter(body -> body.key().equals(lead)).findFirst()
                .map(MeetingCostFacts::nameOf).orElseGet(() -> governments.name(lead));
    }
}
