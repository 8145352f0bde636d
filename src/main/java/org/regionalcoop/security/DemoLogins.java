package org.regionalcoop.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.organizations.Role;
import org.regionalcoop.organizations.RoleAssignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates one engine user per government and role of the registry, in that role's candidate group,
 * so a local run can be tried as any member of staff. Refuses to exist outside the local profile:
 * a shared password must never reach a real deployment. Users and groups are named in Chinese and English
 * ("上海市协调员 Shanghai coordinator"): the engine's webapps show one name to readers of either language.
 */
@Component
@ConditionalOnProperty(name = "platform.security.demo-logins.enabled", havingValue = "true")
public class DemoLogins implements ApplicationRunner {

    static final String LOCAL_PROFILE = "local";
    private static final Logger log = LoggerFactory.getLogger(DemoLogins.class);

    private final DemoLoginProperties properties;
    private final Organizations organizations;
    private final IdentityService identityService;
    private final MessageSource messages;

    DemoLogins(Environment environment, DemoLoginProperties properties, Organizations organizations,
               IdentityService identityService, MessageSource messages) {
        if (!environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            throw new IllegalStateException("Demo logins (platform.security.demo-logins.enabled) are allowed only "
                    + "with the '" + LOCAL_PROFILE + "' profile; they share one known password");
        }
        if (properties.password() == null || properties.password().isBlank()) {
            throw new IllegalStateException("Demo logins need platform.security.demo-logins.password");
        }
        this.properties = properties;
        this.organizations = organizations;
        this.identityService = identityService;
        this.messages = messages;
    }

    public List<DemoLogin> logins() {
        List<DemoLogin> logins = new ArrayList<>();
        for (Government government : organizations.governments()) {
            for (RoleAssignment assignment : government.roleAssignments()) {
                logins.add(new DemoLogin(userId(assignment), assignment.candidateGroup(), government.name()));
            }
        }
        return logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        int all = 0;
        for (Government government : organizations.governments()) {
            for (RoleAssignment assignment : government.roleAssignments()) {
                all++;
                String group = ensureGroup(assignment, government);
                created += ensureUser(userId(assignment), government, assignment.role()) ? 1 : 0;
                ensureMembership(userId(assignment), group);
                if (assignment.role() == Role.PLATFORM_ADMINISTRATOR) {
                    ensureMembership(userId(assignment), Groups.CAMUNDA_ADMIN);
                }
            }
        }
        log.info("Demo logins ready: {} created, {} in all", created, all);
    }

    private String ensureGroup(RoleAssignment assignment, Government government) {
        String groupId = assignment.candidateGroup();
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        String name = String.join(" ", chineseName(government, assignment.role()), englishName(government, assignment.role()))
                .strip();
        if (group == null || !name.equals(group.getName())) {
            group = group == null ? identityService.newGroup(groupId) : group;
            group.setName(name);
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identityService.saveGroup(group);
        }
        return groupId;
    }

    /** Creates the user, or names an existing one of an earlier run anew; true if it was created. */
    private boolean ensureUser(String userId, Government government, Role role) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        String chinese = chineseName(government, role);
        String first = chinese.isEmpty() ? government.name() : chinese;
        String last = chinese.isEmpty() ? role.key().replace('_', ' ') : englishName(government, role);
        if (user != null && first.equals(user.getFirstName()) && last.equals(user.getLastName())) {
            return false;
        }
        boolean created = user == null;
        if (created) {
            user = identityService.newUser(userId);
            user.setPassword(properties.password());
        }
        user.setFirstName(first);
        user.setLastName(last);
        identityService.saveUser(user);
        return created;
    }

    private static String englishName(Government government, Role role) {
        return government.name() + " " + role.key().replace('_', ' ');
    }

    /** Empty for a government the registry names in English only. */
    private String chineseName(Government government, Role role) {
        if (government.nameZh() == null || government.nameZh().isBlank()) {
            return "";
        }
        return government.nameZh() + messages.getMessage("role." + role.key(), null, role.key(), Locale.SIMPLIFIED_CHINESE);
    }

    private void ensureMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    private static String userId(RoleAssignment assignment) {
        return assignment.government().value().toLowerCase(Locale.ROOT) + "." + assignment.role().key();
    }
}
