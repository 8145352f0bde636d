package org.regionalcoop.web;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/** Fails a test whose calls to {@code /api} broke the served OpenAPI document ({@link ApiContract}). */
public class ApiContractExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ApiContract.takeBreaches();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> breaches = ApiContract.takeBreaches();
        if (!breaches.isEmpty()) {
            throw new AssertionError("The API broke its OpenAPI document (" + breaches.size() + "):\n  "
                    + String.join("\n  ", breaches));
        }
    }
}
