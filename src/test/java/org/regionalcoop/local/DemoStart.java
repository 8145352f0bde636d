package org.regionalcoop.local;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the demo agreements once the local platform is ready, beside it: the platform serves while they are worked,
 * and a demo that cannot finish says why and leaves the platform running.
 */
class DemoStart implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        if (!environment.getProperty("platform.local.demo-agreements", Boolean.class, true)) {
            return;
        }
        DemoAgreements demo = new DemoAgreements("http://localhost:" + environment.getProperty("local.server.port"),
                environment.getProperty("platform.security.demo-logins.password"),
                line -> System.out.println("  Demo agreements: " + line));
        Thread worker = new Thread(() -> {
            try {
                demo.populate();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (Exception failed) {
                System.out.println("  Demo agreements: stopped, " + failed.getMessage()
                        + " (set PLATFORM_LOCAL_DEMO_AGREEMENTS=false to start without them)");
            }
        }, "demo-agreements");
        worker.setDaemon(true);
        worker.start();
    }
}
