package org.regionalcoop.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine user Prometheus scrapes {@code /actuator/prometheus} with, so the scraper never holds an
 * administrator's password. It is a member of {@value #GROUP} only: that group may read metrics, and the user
 * belongs to no government and has no engine authorization, so the API and the engine show it nothing.
 * Its password follows the setting at every start, so rotating the Secret takes a restart and nothing more.
 */
@Component
@ConditionalOnProperty("platform.security.metrics-user.id")
class MetricsUser implements ApplicationRunner {

    static final String GROUP = "platform-metrics";

    private final MetricsUserProperties properties;
    private final IdentityService identityService;

    MetricsUser(MetricsUserProperties properties, IdentityService identityService) {
        if (properties.password() == null || properties.password().isBlank()) {
            throw new IllegalStateException("platform.security.metrics-user.password (PLATFORM_SECURITY_METRICS_USER_PASSWORD) "
                    + "is required when platform.security.metrics-user.id is set");
        }
        this.properties = properties;
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ensureUser();
        } catch (ProcessEngineException raced) {
            // Instances starting together create or update the same user; a second pass finds the other's work.
            ensureUser();
        }
    }

    private void ensureUser() {
        if (identityService.createGroupQuery().groupId(GROUP).count() == 0) {
            Group group = identityService.newGroup(GROUP);
            group.setName("Metrics scrapers");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identityService.saveGroup(group);
        }
        User user = identityService.createUserQuery().userId(properties.id()).singleResult();
        if (user == null) {
            user = identityService.newUser(properties.id());
            user.setFirstName("Metrics");
            user.setLastName("scraper");
        }
        // Set at every start rather than compared: a check with a stale password would count as a failed login.
        user.setPassword(properties.password());
        identityService.saveUser(user);
        if (identityService.createUserQuery().userId(properties.id()).memberOfGroup(GROUP).count() == 0) {
            identityService.createMembership(properties.id(), GROUP);
        }
    }
}
