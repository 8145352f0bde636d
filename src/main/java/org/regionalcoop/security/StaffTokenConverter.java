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
        Object government = claim(jwt, settings.governmentClaim());
        List<String> groups = new ArrayList<>();
        if (government instanceof String code && claim(jwt, settings.rolesClaim()) instanceof Collection<?> roles) {
            for (Object role : roles) {
                groups.add(code + "." + role);
                // As with logins, platform administrators belong to the engine's administrators.
                if (Role.PLATFORM_ADMINISTRATOR.key().equals(role)) {
                    groups.add(SecurityConfiguration.ENGINE_ADMINISTRATORS);
                }
            }
        }
        Object user = claim(jwt, settings.userClaim());
        return new JwtAuthenticationToken(jwt, GroupAuthorities.of(groups), user instanceof String name ? name : jwt.getSubject());
    }

    private static Object claim(Jwt jwt, String path) {
        Object current = jwt.getClaims();
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
