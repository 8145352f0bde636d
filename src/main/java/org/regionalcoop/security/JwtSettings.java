package org.regionalcoop.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which claims of an identity provider's token name the member of staff, their government and their
 * roles. Dotted paths reach nested claims, e.g. Keycloak's {@code realm_access.roles}.
 *
 * @param userClaim       the user id, e.g. {@code preferred_username}
 * @param governmentClaim the government code, e.g. {@code SH}
 * @param rolesClaim      the roles at that government, e.g. {@code [coordinator, leader]}
 */
@ConfigurationProperties("platform.security.jwt")
record JwtSettings(@DefaultValue("preferred_username") String userClaim,
                   @DefaultValue("government") String governmentClaim,
                   @DefaultValue("realm_access.roles") String rolesClaim) {
}
