package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The header's switch to the other language opens the same address: a board's filters, a search or a page number
 * chosen in one language stay chosen in the other (the switch once opened {@code /board?lang=en}, every filter gone).
 */
@ControllerAdvice(basePackageClasses = LanguageSwitch.class)
class LanguageSwitch {

    /**
     * The address's own query without its {@code lang}, ready for the switch to add its own: empty or ending in
     * {@code &}. Only the address counts, never a form's body, so a form re-rendered after a send switches to the
     * empty form's address.
     */
    @ModelAttribute("keptQuery")
    String keptQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.split("=", 2)[0].equals(Languages.PARAMETER))
                .map(pair -> pair + "&")
                .collect(Collectors.joining());
    }
}
