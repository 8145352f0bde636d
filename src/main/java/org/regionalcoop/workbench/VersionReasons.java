package org.regionalcoop.workbench;

import org.regionalcoop.agreements.AgreementVersion;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * Why a version was made, in the reader's language: {@code ${@versionReasons.of(version)}}. A revision's
 * reason is its author's own words and is shown as written.
 */
@Component("versionReasons")
public class VersionReasons {

    private final MessageSource messages;
    private final GovernmentNames governments;

    VersionReasons(MessageSource messages, GovernmentNames governments) {
        this.messages = messages;
        this.governments = governments;
    }

    public String of(AgreementVersion version) {
        Object[] arguments = switch (version.why()) {
            case REVISED -> new Object[]{version.reason()};
            case DROPPED_OUT -> new Object[]{version.arguments().get(0),
                    governments.names(Arrays.stream(version.arguments().get(1).split(", ")).toList())};
            case PROPOSED, RENEWAL -> version.arguments().toArray();
        };
        return messages.getMessage("version-reason." + version.why().key(), arguments, LocaleContextHolder.getLocale());
    }
}
