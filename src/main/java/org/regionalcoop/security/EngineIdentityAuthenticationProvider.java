package org.regionalcoop.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.List;

/**
 * Checks user names and passwords against the engine's identity service, so the API, the REST API and
 * the webapps share one set of users and groups. Each group becomes an authority.
 */
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    EngineIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String client = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "unknown";
        throttle.check(client);
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null || !identityService.checkPassword(userId, credentials.toString())) {
            throttle.failed(client);
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(client);
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, GroupAuthorities.of(groups));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
