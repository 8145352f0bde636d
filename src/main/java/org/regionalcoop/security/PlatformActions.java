package org.regionalcoop.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs an engine call as the platform itself rather than as the member of staff whose request caused
 * it. The module has already decided the caller may do what they asked (e.g. propose an agreement);
 * the engine steps that follow (start the lifecycle, evaluate a decision table) need no grants of theirs.
 */
@Component
public class PlatformActions {

    private final IdentityService identityService;

    PlatformActions(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Who the engine sees completing the current task: the authenticated member of staff, or "unknown". */
    public String currentUser() {
        Authentication caller = identityService.getCurrentAuthentication();
        return caller == null || caller.getUserId() == null ? "unknown" : caller.getUserId();
    }

    public <T> T asPlatform(Supplier<T> action) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
