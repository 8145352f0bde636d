package org.regionalcoop.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A problem in the caller's language: the title of its kind in the first language of {@code Accept-Language}
 * the platform speaks (Chinese or English, English otherwise), from the same message bundles as the workbench,
 * and {@code Content-Language} saying which. A problem raised without a kind gets the kind of its status, so
 * every answer carries a stable {@code type}. The detail stays as the rule that refused the request wrote it.
 */
final class ProblemLanguage {

    private static final URI BLANK = URI.create("about:blank");

    private ProblemLanguage() {
    }

    /** Gives the problem its kind and the title in the caller's language; answers that language's tag. */
    static String apply(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getType() == null || BLANK.equals(problem.getType())) {
            problem.setType(ProblemType.of(problem.getStatus()).uri());
        }
        Locale language = spoken(request);
        title(problem.getType(), language).ifPresent(problem::setTitle);
        return language.toLanguageTag();
    }

    private static Locale spoken(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Locale.ENGLISH;
        }
        return Collections.list(request.getLocales()).stream()
                .filter(locale -> locale.getLanguage().equals("zh") || locale.getLanguage().equals("en"))
                .findFirst().map(locale -> locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)
                .orElse(Locale.ENGLISH);
    }

    /** Every {@link ProblemType} has its title in both bundles (ProblemLanguageTest); other types keep theirs. */
    private static Optional<String> title(URI type, Locale language) {
        String kind = type.getPath() == null ? "" : type.getPath().substring(type.getPath().lastIndexOf('/') + 1);
        ResourceBundle messages = ResourceBundle.getBundle("messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return Optional.of(messages.getString("problem." + kind));
        } catch (MissingResourceException unknown) {
            return Optional.empty();
        }
    }
}
