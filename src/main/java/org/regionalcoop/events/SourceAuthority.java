package org.regionalcoop.events;

import java.util.Locale;

/**
 * Who may speak for a government: only a source under its own name, {@code urn:gov:<code in lower case>}
 * or {@code urn:gov:<code>:<office>}. So Shanghai's systems cannot answer for Jiangsu, nor can
 * {@code urn:gov:js-pca} pass for {@code urn:gov:js}.
 */
final class SourceAuthority {

    private static final String PREFIX = "urn:gov:";

    private SourceAuthority() {
    }

    static boolean speaksFor(String source, String participant) {
        String own = PREFIX + participant.toLowerCase(Locale.ROOT);
        return source.equals(own) || source.startsWith(own + ":");
    }
}
