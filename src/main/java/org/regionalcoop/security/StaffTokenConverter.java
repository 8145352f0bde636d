package org.regionalcoop.security;

import org.regionalcoop.organizations.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns an identity provider's token into the same identity a login gives: the user and the candidate
 * groups {@code <GOVERNMENT>.<role>}, so the engine's authorizations and the task lists agree.
 */
class StaffTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtSettings settings;

    StaffTokenConverter(JwtSettings settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, GroupAuthorities.of(groups(jwt.getClaims())), user(jwt.getClaims(), jwt.getSubject()));
    }

    /** The candidate groups the claims give, the same for a bearer token and an OpenID Connect login. */
    List<String> groups(Map<String, Object> claims) {
        Object government = claim(claims, settings.governmentClaim());
        List<String> groups = new ArrayList<>();
        if (government instanceof String code && claim(claims, settings.rolesClaim()) instanceof Collection<?> roles) {
            for (Object role : roles) {
                groups.add(code + "." + role);
                // As with logins, platform administrators belong to the engine's administrators.
                if (Role.PLATFORM_ADMINISTRATOR.key().equals(role)) {
                    groups.add(SecurityConfiguration.ENGINE_ADMINISTRATORS);
                }
            }
        }
        return groups;
    }

    /** The user id the claims give, or the subject when the configured claim is missing. */
    String user(Map<String, Object> claims, String subject) {
        return claim(claims, settings.userClaim()) instanceof String name ? name : subject;
    }

    private static Object claim(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
