package org.regionalcoop.workbench;

import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.Projects;
import org.regionalcoop.settlement.Settlement;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a task page offers to choose from where the step's form asks for an identifier: whom an arbitrator's
 * adjustment has pay whom (the settlement's participants, by name) and which project a repeated one is merged into
 * (the running projects it repeats, by name, lead and place). The page sends the identifier; the step checks it.
 */
@Component
class TaskChoices {

    /** What a choice sends, and what the reader sees. */
    record Choice(String value, String label) {
    }

    private static final String REPEATED = "projectId";

    private final Projects projects;
    private final GovernmentNames governments;
    private final MessageSource messages;

    TaskChoices(Projects projects, GovernmentNames governments, MessageSource messages) {
        this.projects = projects;
        this.governments = governments;
        this.messages = messages;
    }

    /** The choices by the form field they fill, for the task whose process holds these facts. */
    Map<String, List<Choice>> of(String taskDefinitionKey, Map<String, Object> processFacts,
                                 Optional<SettlementFacts.View> settlement) {
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        settlement.ifPresent(shown -> {
            List<Choice> parties = shown.settlement().positions().stream().map(Settlement.ParticipantPosition::participant)
                    .map(code -> new Choice(code, governments.name(code))).toList();
            choices.put("payer", parties);
            choices.put("payee", parties);
        });
        if (TaskPages.REPEATED_CONSTRUCTION.equals(taskDefinitionKey) && processFacts.get(REPEATED) instanceof String project) {
            List<Choice> running = projects.repeatedBy(ProjectId.of(project)).stream().map(this::choice).toList();
            if (!running.isEmpty()) {
                choices.put("mergeInto", running);
            }
        }
        return choices;
    }

    private Choice choice(ProjectSummary project) {
        String lead = project.lead() != null ? governments.name(project.lead()) : project.leadBody();
        return new Choice(project.id().toString(), messages.getMessage("task.merge.candidate",
                new Object[] {project.name(), lead, governments.name(project.location())}, LocaleContextHolder.getLocale()));
    }
}
