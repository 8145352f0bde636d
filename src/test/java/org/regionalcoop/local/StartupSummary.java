package org.regionalcoop.local;

import org.regionalcoop.security.DemoLogin;
import org.regionalcoop.security.DemoLogins;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints where everything is and who can log in, once the local platform is ready. */
class StartupSummary implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        Environment environment = context.getEnvironment();
        String base = "http://localhost:" + environment.getProperty("local.server.port");
        LocalInfrastructure infrastructure = context.getBean(LocalInfrastructureInitializer.LEASE_BEAN, LocalInfrastructure.class);
        StringBuilder out = new StringBuilder("\n\n  Regional cooperation platform is ready (local profile)\n\n");
        line(out, "Workbench (staff, administrators)", base + "/");
        line(out, "Tasklist, Cockpit, Admin", base + "/camunda/app/");
        line(out, "Platform API", base + "/api/organizations/governments");
        line(out, "My tasks, agreements", base + "/api/tasks   " + base + "/api/agreements");
        line(out, "Monitoring (administrators)", base + "/api/monitoring/agreements");
        line(out, "Engine REST API", base + "/engine-rest");
        line(out, "Health", base + "/actuator/health");
        line(out, "PostgreSQL", environment.getProperty("spring.datasource.url"));
        line(out, "Kafka", environment.getProperty("spring.kafka.bootstrap-servers")
                + (environment.containsProperty("platform.local.data-dir") || environment.containsProperty("platform.local.kafka-port")
                ? " (the same at every start; platform.local.kafka-port)" : " (a free port; set platform.local.kafka-port to fix it)"));
        if (environment.getProperty("platform.simulator.enabled", Boolean.class, false)) {
            line(out, "Participant simulator", environment.getProperty("platform.simulator.governments")
                    + " answer ballots through Kafka after " + environment.getProperty("platform.simulator.delay"));
        }
        line(out, "Data", infrastructure.root() + (environment.containsProperty("platform.local.data-dir")
                ? " (kept between runs)" : " (removed at shutdown; set PLATFORM_LOCAL_DATA_DIR to keep it)"));
        out.append("\n  Logins, all with password '").append(environment.getProperty("platform.security.demo-logins.password"))
                .append("'; 'admin' may do everything:\n");
        Map<String, List<DemoLogin>> byGovernment = context.getBean(DemoLogins.class).logins().stream()
                .collect(Collectors.groupingBy(DemoLogin::governmentName, LinkedHashMap::new, Collectors.toList()));
        byGovernment.forEach((government, logins) -> line(out, government,
                logins.stream().map(DemoLogin::userId).collect(Collectors.joining("  "))));
        out.append("\n  Press Ctrl-C to stop; the embedded servers stop with the platform.\n");
        System.out.println(out);
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("  %-38s %s%n", label, value));
    }
}
