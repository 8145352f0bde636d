package org.regionalcoop.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A member of staff signed in to the workbench through the identity provider gets the same user id and
 * candidate groups as their bearer token gives them at the API: one mapping of claims for both.
 */
class StaffOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final StaffTokenConverter claims;
    private final JwtSettings settings;

    StaffOidcUsers(StaffTokenConverter claims, JwtSettings settings) {
        this.claims = claims;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        // The name must be a top-level claim of the login; a nested user claim falls back to the subject, as tokens do.
        String name = user.getClaims().get(settings.userClaim()) instanceof String ? settings.userClaim() : IdTokenClaimNames.SUB;
        return new DefaultOidcUser(GroupAuthorities.of(claims.groups(user.getClaims())), user.getIdToken(),
                user.getUserInfo(), name);
    }
}
