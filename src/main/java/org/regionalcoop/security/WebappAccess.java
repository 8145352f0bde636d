package org.regionalcoop.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.regionalcoop.organizations.Government;
import org.regionalcoop.organizations.Organizations;
import org.regionalcoop.organizations.RoleAssignment;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Every role of the registry may open the Tasklist: staff sign in once (the workbench's login or the identity
 * provider) and find their tasks there too, with no engine user. Cockpit and Admin stay with the engine's
 * administrators, who open every webapp.
 */
@Component
class WebappAccess implements ApplicationRunner {

    static final String TASKLIST = "tasklist";

    private final Organizations organizations;
    private final AuthorizationService authorizations;

    WebappAccess(Organizations organizations, AuthorizationService authorizations) {
        this.organizations = organizations;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Government government : organizations.governments()) {
            for (RoleAssignment assignment : government.roleAssignments()) {
                grantTasklist(assignment.candidateGroup());
            }
        }
    }

    private void grantTasklist(String group) {
        if (granted(group)) {
            return;
        }
        Authorization tasklist = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        tasklist.setGroupId(group);
        tasklist.setResource(Resources.APPLICATION);
        tasklist.setResourceId(TASKLIST);
        tasklist.addPermission(Permissions.ACCESS);
        try {
            authorizations.saveAuthorization(tasklist);
        } catch (ProcessEngineException grantedMeanwhile) {
            // Another instance starting at the same moment granted it first: the same grant, kept once.
            if (!granted(group)) {
                throw grantedMeanwhile;
            }
        }
    }

    private boolean granted(String group) {
        return authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.APPLICATION)
                .resourceId(TASKLIST).count() > 0;
    }
}
