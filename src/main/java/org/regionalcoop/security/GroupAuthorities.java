package org.regionalcoop.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A member of staff's candidate groups as authorities, however they signed in: one authority per group,
 * and the administrator role for members of the engine's administrators group.
 */
final class GroupAuthorities {

    private GroupAuthorities() {
    }

    static List<GrantedAuthority> of(Collection<String> groups) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String group : groups) {
            authorities.add(new SimpleGrantedAuthority(group));
        }
        if (groups.contains(SecurityConfiguration.ENGINE_ADMINISTRATORS)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + SecurityConfiguration.ADMINISTRATOR));
        }
        return authorities;
    }
}
