package org.regionalcoop.workbench;

import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.Organizations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Governments by name in the page's language, for templates: {@code ${@governments.name('SH')}}. */
@Component("governments")
public class GovernmentNames {

    private final Organizations organizations;
    /** The registry changes only when the platform starts with a new version of it. */
    private volatile Map<String, Government> byCode;

    GovernmentNames(Organizations organizations) {
        this.organizations = organizations;
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
