package org.regionalcoop.coverage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The first process test class of a run registers the {@link ProcessCoverageCheck} in JUnit's root store;
 * JUnit closes it after the last test class, while the shared application context is still open.
 * Runs without a process test (e.g. a single other test class) measure nothing.
 */
public class ProcessCoverageExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ProcessCoverageExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(ProcessCoverageCheck.class,
                key -> new ProcessCoverageCheck(application.getBean(RepositoryService.class),
                        application.getBean(HistoryService.class), application.getBean(ProcessCoverageRecorder.class)));
    }
}
