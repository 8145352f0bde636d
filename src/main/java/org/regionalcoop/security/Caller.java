package org.regionalcoop.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated member of staff making a request: a user id and the candidate groups they belong
 * to, e.g. {@code SH.coordinator}. Modules decide with it what the caller may see and do.
 */
public record Caller(String userId, Set<String> groups) {

    public Caller {
        groups = Set.copyOf(groups);
    }

    /** The caller of the current request; fails if nobody is authenticated. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No authenticated caller");
        }
        return new Caller(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> !authority.startsWith("ROLE_"))
                .collect(Collectors.toSet()));
    }

    /** Whether the caller holds this candidate group, e.g. {@code hasGroup("SH.coordinator")}. */
    public boolean hasGroup(String candidateGroup) {
        return groups.contains(candidateGroup);
    }

    /** The governments the caller works for: the code part of every {@code CODE.role} group. */
    public Set<String> governments() {
        return groups.stream().filter(group -> group.indexOf('.') > 0)
                .map(group -> group.substring(0, group.indexOf('.')))
                .collect(Collectors.toSet());
    }

    public boolean isAdministrator() {
        return groups.contains(SecurityConfiguration.ENGINE_ADMINISTRATORS);
    }
}
