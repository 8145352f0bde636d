package org.regionalcoop.workbench;

import org.regionalcoop.audit.AuditEntry;
import org.regionalcoop.security.Caller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why a decision was taken, as a timeline shows it: {@code ${@auditReasons.of(entry)}}. A reason the platform wrote
 * itself is shown in the reader's language from its key; the decider's own words, and an entry logged before the
 * platform kept keys, are shown as written. The engine's error of a failed step is for platform administrators only
 * (docs/decisions/engine-errors.md).
 */
@Component("auditReasons")
public class AuditReasons {

    private static final String MILESTONE_RELEASES = "milestone-releases";

    private final MessageSource messages;
    private final Amounts amounts;

    AuditReasons(MessageSource messages, Amounts amounts) {
        this.messages = messages;
        this.amounts = amounts;
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
}
