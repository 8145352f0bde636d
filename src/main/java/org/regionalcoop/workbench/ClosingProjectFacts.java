package org.regionalcoop.workbench;

import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.projects.ProjectDetail;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.Projects;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the closure's question on a project still running shows before it asks: the project (who leads it, where,
 * its budget, what each participant owes and has paid, its milestones), and which answers are still open. A closure
 * that terminates the agreement has no renewal to hand the project over to, so that answer is not offered: it could
 * only be refused once sent.
 */
@Component
class ClosingProjectFacts {

    static final String STEP = "user_decide_running_project";
    /** The answer that moves the project to the renewal. */
    static final String HAND_OVER = "hand-over";

    private final Projects projects;
    private final Agreements agreements;
    private final GovernmentNames governments;

    ClosingProjectFacts(Projects projects, Agreements agreements, GovernmentNames governments) {
        this.projects = projects;
        this.agreements = agreements;
        this.governments = governments;
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
        if (project.lead() != null) {
            return governments.name(project.lead());
        }
        return content.bodies().stream().filter(body -> body.key().equals(project.leadBody())).findFirst()
                .map(MeetingCostFacts::nameOf).orElse(project.leadBody());
    }
}
