package org.regionalcoop.workbench;

import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.tasks.FormChoice;
import org.regionalcoop.tasks.StepChoices;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a task page offers to choose from, by the form field it fills, where the step's form asks for an identifier:
 * the same lists the Tasklist's form offers ({@link StepChoices}).
 */
@Component
class TaskChoices {

    private static final String REPEATED = "projectId";

    private final StepChoices choices;

    TaskChoices(StepChoices choices) {
        this.choices = choices;
    }

    /** The choices by the form field they fill, for the task whose process holds these facts. */
    Map<String, List<FormChoice>> of(String taskDefinitionKey, Map<String, Object> processFacts,
                                     Optional<SettlementFacts.View> settlement) {
        Locale reader = LocaleContextHolder.getLocale();
        Map<String, List<FormChoice>> offered = new LinkedHashMap<>();
        settlement.ifPresent(shown -> {
            List<FormChoice> parties = choices.parties(shown.settlement(), reader);
            offered.put("payer", parties);
            offered.put("payee", parties);
        });
        if (TaskPages.REPEATED_CONSTRUCTION.equals(taskDefinitionKey) && processFacts.get(REPEATED) instanceof String project) {
            List<FormChoice> running = choices.repeatedBy(ProjectId.of(project), reader);
            if (!running.isEmpty()) {
                offered.put("mergeInto", running);
            }
        }
        return offered;
    }
}
