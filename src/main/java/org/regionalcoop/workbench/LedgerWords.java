package org.regionalcoop.workbench;

import org.regionalcoop.grants.EntryKind;
import org.regionalcoop.grants.LedgerEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who moved a ledger's money and why, in the reader's language: what the platform's own rules did is said from the
 * bundles; what staff wrote is shown as they wrote it.
 */
@Component("ledgerWords")
public class LedgerWords {

    /** The actor the grant rules record their own movements under ({@code platform:grant_eligibility}). */
    private static final String PLATFORM = "platform:";

    private final MessageSource messages;

    LedgerWords(MessageSource messages) {
        this.messages = messages;
    }

    public boolean byPlatform(LedgerEntry entry) {
        return entry.actor() != null && entry.actor().startsWith(PLATFORM);
    }

    public String actor(LedgerEntry entry) {
        return byPlatform(entry) ? text("ledger.actor.platform") : entry.actor();
    }

    public String reason(LedgerEntry entry) {
        if (byPlatform(entry) && entry.kind() == EntryKind.RESERVE) {
            return text("ledger.reason.reserve");
        }
        return entry.reason() == null ? "" : entry.reason();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
