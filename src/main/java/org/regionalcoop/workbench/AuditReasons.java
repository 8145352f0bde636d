package org.regionalcoop.workbench;

import org.regionalcoop.audit.AuditEntry;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.Projects;
import org.regionalcoop.security.Caller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why a decision was taken, as a timeline shows it: {@code ${@auditReasons.of(entry)}}. A reason the platform wrote
 * itself is shown in the reader's language from its key; the decider's own words, and an entry logged before the
 * platform kept keys, are shown as written. The engine's error of a failed step is for platform administrators only
 * (docs/decisions/engine-errors.md).
 */
@Component("auditReasons")
public class AuditReasons {

    private static final String MILESTONE_RELEASES = "milestone-releases";
    /** A decision on projects names them in its subject: "project <id>", or "project <id> into <id>" for a merge. */
    private static final Pattern PROJECT_SUBJECT = Pattern.compile("project [0-9a-f-]{36}( into [0-9a-f-]{36})?");

    private final MessageSource messages;
    private final Amounts amounts;
    private final Dates dates;
    private final Projects projects;

    AuditReasons(MessageSource messages, Amounts amounts, Dates dates, Projects projects) {
        this.messages = messages;
        this.amounts = amounts;
        this.dates = dates;
        this.projects = projects;
    }

    /**
     * The projects a decision was about, by their names (the merged one, then the one it was merged into); empty for a
     * decision on no project, or on one the platform no longer knows.
     */
    public String projects(AuditEntry entry) {
        if (entry.subject() == null || !PROJECT_SUBJECT.matcher(entry.subject()).matches()) {
            return "";
        }
        return Arrays.stream(entry.subject().replace("project ", "").split(" into "))
                .map(id -> projects.find(ProjectId.of(id)).map(detail -> detail.project().name()))
                .flatMap(Optional::stream).collect(Collectors.joining(" → "));
    }

    /**
     * What was decided, in the reader's language: an amount (a benefit report, a meeting's costs) in the agreement's
     * currency, the day a meeting was convened for, the number of decisions in a meeting's minutes, else the decision's
     * word. An entry logged before its kind's decision was a value is shown as written.
     */
    public String decision(AuditEntry entry, CurrencyCode currency) {
        String decision = entry.decision();
        return switch (entry.kind()) {
            case "benefit-report", "meeting-cost" -> amounts.format(decision, currency);
            case "meeting-convened" -> dates.parse(decision)
                    .map(day -> text("audit.decision.meeting-convened", dates.day(day))).orElse(decision);
            case "meeting-minutes" -> decision.matches("\\d{1,9}")
                    ? text("audit.decision.meeting-minutes", Integer.parseInt(decision)) : decision;
            default -> messages.getMessage("audit.decision." + decision, null,
                    messages.getMessage("audit.decision." + entry.kind(), null, decision, LocaleContextHolder.getLocale()),
                    LocaleContextHolder.getLocale());
        };
    }

    /** Whether the entry's reason is the engine's error of a failed step; the audit trail gives it to administrators only. */
    public boolean engineError(AuditEntry entry) {
        return entry.engineError();
    }

    /** Platform administrators retry failed steps and fix their causes: they read the engine's errors as it wrote them. */
    public boolean readsEngineErrors() {
        return Caller.current().isAdministrator();
    }

    public String of(AuditEntry entry) {
        if (entry.reasonKey() == null) {
            return entry.reason();
        }
        Object[] arguments = MILESTONE_RELEASES.equals(entry.reasonKey())
                ? entry.reasonArguments().stream().map(amounts::format).toArray()
                : entry.reasonArguments().toArray();
        return messages.getMessage("audit.reason." + entry.reasonKey(), arguments, entry.reason(),
                LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
