package org.regionalcoop.workbench;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The workbench's texts as the application reads them (spring.messages), for tests without its context. */
final class Bundles {

    private Bundles() {
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
