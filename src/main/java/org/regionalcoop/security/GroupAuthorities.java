package org.regionalcoop.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A member of staff's candidate groups as authorities, however they signed in: one authority per group,
 * the administrator role for members of the engine's administrators group and the metrics reader role for
 * members of the metrics scrapers' group.
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
        if (groups.contains(MetricsUser.GROUP)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + SecurityConfiguration.METRICS_READER));
        }
        return authorities;
    }
}
