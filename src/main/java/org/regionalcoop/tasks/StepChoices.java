package org.regionalcoop.tasks;

import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.Projects;
import org.regionalcoop.settlement.Settlement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * What a step offers to choose from where it asks for an identifier: whom an arbitrator's adjustment has pay whom
 * (the settlement's participants) and which running project a repeated one is merged into. One list for the
 * Tasklist's form ({@link TaskContextVariables}) and the workbench's task page, labelled in the reader's language;
 * the step checks what is sent.
 */
@Component
public class StepChoices {

    private final Organizations organizations;
    private final Projects projects;
    private final MessageSource messages;

    StepChoices(Organizations organizations, Projects projects, MessageSource messages) {
        this.organizations = organizations;
        this.projects = projects;
        this.messages = messages;
    }

    /** The settlement's participants, by name: the payers and payees an adjustment may name. */
    public List<FormChoice> parties(Settlement settlement, Locale reader) {
        return settlement.positions().stream().map(Settlement.ParticipantPosition::participant)
                .map(code -> new FormChoice(code, name(GovernmentCode.of(code), reader))).toList();
    }

    /** The running projects the given one repeats, by name, lead and place. */
    public List<FormChoice> repeatedBy(ProjectId project, Locale reader) {
        return projects.repeatedBy(project).stream().map(running -> repeated(running, reader)).toList();
    }

    private FormChoice repeated(ProjectSummary running, Locale reader) {
        String lead = running.lead() != null ? name(running.lead(), reader) : running.leadBody();
        return new FormChoice(running.id().toString(), messages.getMessage("task.merge.candidate",
                new Object[] {running.name(), lead, name(running.location(), reader)}, reader));
    }

    private String name(GovernmentCode code, Locale reader) {
        return organizations.find(code).map(government -> government.nameIn(reader)).orElse(code.value());
    }
}
