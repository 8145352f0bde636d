package org.regionalcoop.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which claims of an identity provider's token name the member of staff, their government and their
 * roles. Dotted paths reach nested claims, e.g. Keycloak's {@code realm_access.roles}.
 *
 * @param userClaim       the token's claim naming the member of staff (their user id)
 * @param governmentClaim the token's claim with the government code, e.g. {@code SH}
 * @param rolesClaim      the token's claim (a dotted path) with the roles at that government, e.g.
 *                        {@code [coordinator, leader]}
 */
@ConfigurationProperties("platform.security.jwt")
record JwtSettings(@DefaultValue("preferred_username") String userClaim,
                   @DefaultValue("government") String governmentClaim,
                   @DefaultValue("realm_access.roles") String rolesClaim) {
}
