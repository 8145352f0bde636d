package org.regionalcoop.workbench;

import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.Organizations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Governments by name in the page's language, for templates: {@code ${@governments.name('SH')}}. */
@Component("governments")
public class GovernmentNames {

    /** How a government's systems name themselves on the events they send (events.SourceAuthority). */
    private static final String SYSTEM_SOURCE = "urn:gov:";
    /** How the platform signs what it decides by its own rules ({@code platform:renewal}). */
    private static final String PLATFORM = "platform:";
    /** How a settlement confirmed because nobody answered in time names its decider (settlement.Settlements). */
    private static final String SILENCE = "silence";

    private final Organizations organizations;
    private final MessageSource messages;
    /** The registry changes only when the platform starts with a new version of it. */
    private volatile Map<String, Government> byCode;

    GovernmentNames(Organizations organizations, MessageSource messages) {
        this.organizations = organizations;
        this.messages = messages;
    }

    /** The government's name, or its code if the registry does not know it. */
    public String name(Object code) {
        if (code == null) {
            return "";
        }
        String value = code instanceof GovernmentCode government ? government.value() : code.toString();
        Government government = registry().get(value);
        return government == null ? value : government.nameIn(LocaleContextHolder.getLocale());
    }

    public String names(Collection<?> codes) {
        return String.join(LocaleContextHolder.getLocale().getLanguage().equals("zh") ? "、" : ", ",
                codes.stream().map(this::name).toList());
    }

    /** The government of a candidate group such as {@code SH.coordinator}, by name. */
    public String ofGroup(String group) {
        return group.indexOf('.') > 0 ? name(group.substring(0, group.indexOf('.'))) : group;
    }

    /**
     * Who decided, as a timeline names them: a member of staff by login; a government's own system by the
     * government's name, from the source it sent the event as ({@code urn:gov:hn-cs:cooperation-office}: 长沙市); the
     * platform by the rule it applied ({@code platform:renewal}: 平台（续签）).
     */
    public String actor(String decidedBy) {
        if (decidedBy != null && decidedBy.startsWith(PLATFORM)) {
            Locale locale = LocaleContextHolder.getLocale();
            return messages.getMessage("actor." + decidedBy.replace(':', '.'), null,
                    messages.getMessage("actor.platform", null, locale), locale);
        }
        if (SILENCE.equals(decidedBy)) {
            return messages.getMessage("actor.silence", null, LocaleContextHolder.getLocale());
        }
        if (decidedBy == null || !decidedBy.regionMatches(true, 0, SYSTEM_SOURCE, 0, SYSTEM_SOURCE.length())) {
            return decidedBy == null ? "" : decidedBy;
        }
        String rest = decidedBy.substring(SYSTEM_SOURCE.length());
        String code = (rest.indexOf(':') < 0 ? rest : rest.substring(0, rest.indexOf(':'))).toUpperCase(Locale.ROOT);
        return registry().containsKey(code) ? name(code) : decidedBy;
    }

    List<Government> all() {
        return List.copyOf(registry().values());
    }

    private Map<String, Government> registry() {
        if (byCode == null) {
            byCode = organizations.governments().stream()
                    .collect(Collectors.toMap(government -> government.code().value(), government -> government,
                            (first, second) -> first, LinkedHashMap::new));
        }
        return byCode;
    }
}
