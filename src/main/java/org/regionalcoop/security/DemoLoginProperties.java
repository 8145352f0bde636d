package org.regionalcoop.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo logins: one per government and role, for the local run only.
 *
 * @param enabled  create one login per government and role at start-up; refused outside the {@code local}
 *                 profile
 * @param password the password every demo login shares; has no default outside the {@code local} profile
 */
@ConfigurationProperties("platform.security.demo-logins")
record DemoLoginProperties(boolean enabled, String password) {
}
