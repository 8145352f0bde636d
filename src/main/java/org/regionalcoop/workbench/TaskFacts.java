package org.regionalcoop.workbench;

import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.Projects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The facts a step's process knows about its decision, as the reader says them: amounts grouped in their currency,
 * governments and projects by name, kinds in words, instants as dates; never an identifier or a wire value.
 * A fact is shown only when the bundles name it ({@code fact.<name>}).
 */
@Component
class TaskFacts {

    private final Projects projects;
    private final GovernmentNames governments;
    private final Amounts amounts;
    private final Dates dates;
    private final MessageSource messages;

    TaskFacts(Projects projects, GovernmentNames governments, Amounts amounts, Dates dates, MessageSource messages) {
        this.projects = projects;
        this.governments = governments;
        this.amounts = amounts;
        this.dates = dates;
        this.messages = messages;
    }

    /** The facts the bundles name, said in the reader's words; amounts in the currency of the task's agreement. */
    Map<String, String> shown(Map<String, Object> facts, CurrencyCode currency) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> shown = new LinkedHashMap<>();
        named("fact.", facts).forEach((name, value) -> shown.put(name, said(name, value.toString(), currency, locale)));
        if (facts.get("projectId") instanceof String project && facts.get("milestone") instanceof String milestone) {
            milestone(project, milestone, currency, shown);
        }
        return shown;
    }

    /**
     * A milestone's report and verification decide on what the milestone was planned to be: its day, the grant it
     * releases and the project's budget, and once reported what was reported, or why the last report was rejected.
     */
    private void milestone(String project, String name, CurrencyCode currency, Map<String, String> shown) {
        projects.find(ProjectId.of(project)).ifPresent(detail -> detail.milestones().stream()
                .filter(milestone -> milestone.name().equals(name)).findFirst().ifPresent(milestone -> {
                    shown.put("milestoneDue", dates.day(milestone.dueDate()));
                    shown.put("milestoneGrant", amounts.format(milestone.grantAmount()));
                    shown.put("projectBudget", amounts.format(detail.project().budget(), currency));
                    if (milestone.actualCost() != null) {
                        shown.put("milestoneActualCost", amounts.format(milestone.actualCost(), currency));
                    }
                    if (milestone.summary() != null) {
                        shown.put("milestoneSummary", milestone.summary());
                    }
                    if (milestone.rejectionReason() != null) {
                        shown.put("milestoneRejection", milestone.rejectionReason());
                    }
                }));
    }

    /**
     * A form's read-only values the bundles name ({@code field.<name>}), the host government by its name and days in the
     * reader's words (a convening's {@code JP-TK} and {@code 2026-12-06} were shown as the process holds them).
     */
    Map<String, Object> figures(Map<String, Object> readOnly) {
        Map<String, Object> figures = new LinkedHashMap<>();
        named("field.", readOnly).forEach((name, value) -> figures.put(name, figure(name, value)));
        return figures;
    }

    private Object figure(String name, Object value) {
        if (name.equals("host")) {
            return governments.name(value);
        }
        if (value instanceof LocalDate day) {
            return dates.day(day);
        }
        if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return dates.day(LocalDate.parse(text));
            } catch (DateTimeParseException notADay) {
                return value;
            }
        }
        return value;
    }

    /** The values with a text and a name in the bundles under the prefix's keys, e.g. {@code field.} for a form's. */
    Map<String, Object> named(String prefix, Map<String, Object> values) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> named = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()
                    && messages.getMessage(prefix + name, null, null, locale) != null) {
                named.put(name, value);
            }
        });
        return named;
    }

    private String said(String name, String value, CurrencyCode currency, Locale locale) {
        if (name.endsWith("Amount")) {
            return amounts.format(value, currency);
        }
        return switch (name) {
            case "signer", "contributor" -> governments.name(value);
            case "projectId" -> projects.find(ProjectId.of(value)).map(detail -> detail.project())
                    .map(ProjectSummary::name).orElse(value);
            case "settlementKind" -> messages.getMessage("settlement.kind." + value, null, value, locale);
            case "periodEnd" -> instant(value);
            default -> value;
        };
    }

    private String instant(String value) {
        try {
            return dates.time(Instant.parse(value));
        } catch (DateTimeParseException notAnInstant) {
            return value;
        }
    }
}
