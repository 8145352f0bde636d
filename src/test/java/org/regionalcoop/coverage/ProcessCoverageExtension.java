package org.regionalcoop.coverage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The first process test class of a test JVM sets up its {@link ProcessCoverageMeasurement}; the measurement is
 * written when the JVM's launcher session closes, after its last test class, while the shared application context
 * is still open. A session, not JUnit's root store: surefire runs each class on its own in a JVM that shares the
 * suite with others (forkCount 2), and the root store closes after every class. Registered as a session listener in
 * {@code META-INF/services}. JVMs without a process test measure nothing.
 */
public class ProcessCoverageExtension implements BeforeAllCallback, LauncherSessionListener {

    private static final AtomicReference<ProcessCoverageMeasurement> MEASUREMENT = new AtomicReference<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (MEASUREMENT.get() == null) {
            ApplicationContext application = SpringExtension.getApplicationContext(context);
            MEASUREMENT.compareAndSet(null, new ProcessCoverageMeasurement(application.getBean(RepositoryService.class),
                    application.getBean(HistoryService.class), application.getBean(ProcessCoverageRecorder.class)));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        ProcessCoverageMeasurement measurement = MEASUREMENT.getAndSet(null);
        if (measurement != null) {
            try {
                measurement.write();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the process coverage measured", e);
            }
        }
    }
}
