package org.regionalcoop.workbench;

import org.regionalcoop.kernel.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A module's rules, broken, in the reader's language next to the field: each page's fields have a message
 * saying what the rule asks ({@code <page>.rule.<field>}). The modules' own wording is English for the
 * API's callers and never reaches a page.
 */
@Component
class Rules {

    private final MessageSource messages;

    Rules(MessageSource messages) {
        this.messages = messages;
    }

    /** Adds one message per field the violations name, e.g. {@code costShares[1].percent} on {@code costShares}. */
    void name(List<Violation> violations, String page, UnaryOperator<String> fieldOf, Map<String, String> errors,
              Object... arguments) {
        for (Violation violation : violations) {
            String field = fieldOf.apply(root(violation.field()));
            Locale locale = LocaleContextHolder.getLocale();
            String label = messages.getMessage(page + ".field." + field, null, field, locale);
            errors.putIfAbsent(field, messages.getMessage(page + ".rule." + field, arguments,
                    messages.getMessage("error.rule", new Object[]{label}, locale), locale));
        }
    }

    /** The first name of a JSON path, without {@code content.}: {@code content.term.end} is {@code term}. */
    static String root(String path) {
        String field = path.startsWith("content.") ? path.substring("content.".length()) : path;
        int end = field.length();
        for (char stop : new char[]{'.', '['}) {
            if (field.indexOf(stop) >= 0) {
                end = Math.min(end, field.indexOf(stop));
            }
        }
        return field.substring(0, end);
    }
}
